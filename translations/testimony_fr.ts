<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation>À propos de Testimony Recorder</translation>
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation>Testimony Recorder, version %1</translation>
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation>Une application hors ligne pour recueillir des témoignages : tout reste dans un coffre-fort chiffré sur cet ordinateur, et l’application ne se connecte jamais à Internet. Contre quoi elle protège, et comment :</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>Notes de sécurité</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Dates des incidents</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ce coffre-fort</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation>Rechercher dans tous les témoignages (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Rechercher dans l’archive</translation>
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation>Témoignages de l’archive</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n témoignage</numerusform>
            <numerusform>%n témoignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n témoignage correspond</numerusform>
            <numerusform>%n témoignages correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Chaîne de commandement</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation>Témoins en double</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Case export</source>
        <translation>Export de dossier</translation>
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation>Pages du coordinateur</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation>&amp;Importer des paquets...</translation>
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation>&amp;Rechercher dans l’archive</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation>Métadonnées du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>May identify</source>
        <translation>Peut identifier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation>Choisissez une pièce jointe pour en voir les détails.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation>Pièces jointes de cet entretien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>May identify someone</source>
        <translation>Peut identifier quelqu’un</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Copie caviardée</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table (&quot;location, a name&quot;).</extracomment>
        <translation>lieu</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>détails de l’appareil</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>téléphone ou e-mail</translation>
    </message>
    <message>
        <source>an embedded picture</source>
        <translation>une image intégrée</translation>
    </message>
    <message>
        <source>hidden metadata</source>
        <translation>métadonnées cachées</translation>
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation>Il enregistre un lieu (coordonnées ou nom de lieu) ; celui-ci est retiré des copies partagées.</translation>
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation>Il nomme une personne (artiste, auteur ou propriétaire) ; le nom est retiré des copies partagées.</translation>
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation>Il identifie l’appareil qui l’a produit (marque, modèle ou numéro de série) ; ces informations sont retirées des copies partagées.</translation>
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation>Il contient des commentaires ou des descriptions ; ils sont retirés des copies partagées.</translation>
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation>Il contient un numéro de téléphone ou une adresse e-mail ; ils sont retirés des copies partagées.</translation>
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation>Il contient une image intégrée (comme une pochette) ; elle est retirée des copies partagées.</translation>
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation>Il contient des blocs de métadonnées illisibles ; ils sont retirés des copies partagées, ou celles-ci ne peuvent pas être créées.</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Copie caviardée</translation>
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation>Ceci est une copie caviardée : les métadonnées susceptibles d’identifier quelqu’un ont été retirées, le son ou l’image lui-même est inchangé. C’est cette copie qu’il faut partager.</translation>
    </message>
    <message>
        <source>Nothing in this file&apos;s metadata looks identifying.</source>
        <translation>Rien dans les métadonnées de ce fichier ne semble permettre d’identifier quelqu’un.</translation>
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation>Cette photo contient des coordonnées GPS (le lieu de la prise de vue) ; elles sont retirées des copies partagées.</translation>
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation>L’original reste exactement tel qu’il a été reçu, comme élément de preuve.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>Pas encore créée</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation>Ce type de fichier ne peut pas être affiché dans l’application.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation>Ajouter des fichiers...</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>Ou déposez des fichiers sur cet onglet</translation>
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation>Créer une copie caviardée</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Supprimer...</translation>
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation>Aucune pièce jointe pour l’instant. Ajoutez des fichiers, déposez-les ici ou enregistrez l’entretien. Les fichiers sont chiffrés dès leur ajout.</translation>
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation>Ajouter des fichiers à cet entretien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>%n fichier ajouté et chiffré.</numerusform>
            <numerusform>%n fichiers ajoutés et chiffrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>%n d’entre eux contient des métadonnées susceptibles d’identifier quelqu’un ; voir l’avertissement.</numerusform>
            <numerusform>%n d’entre eux contiennent des métadonnées susceptibles d’identifier quelqu’un ; voir l’avertissement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>Ajout de %n fichier...</numerusform>
            <numerusform>Ajout de %n fichiers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation>Copie caviardée créée : %1</translation>
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation>Création d’une copie caviardée...</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation>Le fichier exporté n’est PAS chiffré : quiconque l’obtient (ou obtient le disque qui le contient) peut l’ouvrir. Ne le gardez que le temps nécessaire, puis supprimez-le.</translation>
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation>Cet original contient des métadonnées susceptibles d’identifier quelqu’un (%1). Pour le partager, exportez plutôt sa copie caviardée.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Exporter une copie non chiffrée ?</translation>
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation>Choisir l’emplacement...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation>Exporté sans chiffrement vers %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation...</translation>
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation>Supprimer %1 ?

Sa clé est détruite : le fichier ne pourra plus jamais être ouvert, ni depuis ce coffre-fort ni depuis aucune de ses sauvegardes. C’est irréversible.</translation>
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation>Sa copie caviardée, s’il y en a une, est supprimée aussi.</translation>
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation>Supprimer la pièce jointe ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation>%1 supprimé ; sa clé a été détruite.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ajouté. Les autres fichiers ont été ajoutés.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ajoutés. Les autres fichiers ont été ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n’ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation>Vérifiez ces fichiers (sont-ils complets ? s’agit-il d’audio, d’images, de vidéo ou de PDF ?), puis ajoutez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation>Pour l’enquêteur</translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation>Avec l’aide d’un interprète</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Nom de l’interprète</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>Langue interprétée</translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness&apos;s own answers.</source>
        <translation>Moi, %1, j’ai lu ou expliqué chaque question au témoin dans sa langue, je lui ai laissé le temps de poser des questions et de refuser, et ces réponses sont bien les siennes.</translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation>Le témoin a confirmé par&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation>Une sauvegarde contient tout le coffre-fort, chiffré. Elle ne s’ouvre qu’avec la clé de récupération : conservez-la à part de la clé de récupération, par exemple sur une clé USB dans un autre lieu.</translation>
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation>Fichier où écrire la sauvegarde</translation>
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation>Seulement ce qui a changé depuis la dernière sauvegarde (plus rapide ; la restauration demande alors aussi les sauvegardes précédentes)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Check a backup...</source>
        <translation>Vérifier une sauvegarde...</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Ce coffre-fort n’a pas encore été sauvegardé.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Dernière sauvegarde : %1.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Où écrire la sauvegarde</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>Une sauvegarde complète</translation>
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation>Une sauvegarde de ce qui a changé</translation>
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation>%1 a été écrite dans %2 (%3).</translation>
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation>Dernière sauvegarde : à l’instant.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation>Il est temps de sauvegarder</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation>Ce coffre-fort n’a jamais été sauvegardé. Si cet ordinateur est perdu, saisi ou tombe en panne, une sauvegarde est la seule copie de ce qui n’a pas encore été envoyé.</translation>
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation>La dernière sauvegarde date de %1. Ce qui a été enregistré depuis n’existe que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation>%1 n’est plus là. Vérifiez le dossier ou la clé USB, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation>%1 n’a pas pu être lu (%2). Copiez-le de nouveau, puis réessayez.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés</translation>
    </message>
    <message>
        <source>%1 older than held</source>
        <translation>%1 plus anciens que ceux détenus</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>consent restored</source>
        <translation>consentement rétabli</translation>
    </message>
    <message>
        <source>identity destroyed</source>
        <translation>identité détruite</translation>
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation>pièce jointe détruite</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consentement enregistré</translation>
    </message>
    <message>
        <source>interview not held here</source>
        <translation>entretien absent d’ici</translation>
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation>Le paquet %1 de cet appareil n’est pas arrivé.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation>Les paquets %1 à %2 de cet appareil ne sont pas arrivés.</translation>
    </message>
    <message>
        <source>This device&apos;s custody log no longer extends what it sent before.</source>
        <translation>Le journal de traçabilité de cet appareil ne prolonge plus ce qu’il avait envoyé auparavant.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>%n paquet importé</numerusform>
            <numerusform>%n paquets importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n non importé (annulé)</numerusform>
            <numerusform>%n non importés (annulé)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation>L’importation a été annulée. Ce qui avait été importé reste ; relancez-la pour importer le reste.</translation>
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation>%1 : paquet %2 manquant.</translation>
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation>%1 : paquets %2 à %3 manquants.</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation>Un témoignage ne va qu’à un organisme avec lequel son témoin a accepté de le partager.</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Organisme destinataire</translation>
    </message>
    <message>
        <source>Include the witnesses&apos; identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation>Inclure l’identité des témoins lorsqu’ils l’ont accepté (ouvre la clé pour l’identité des témoins ; chacune est inscrite au journal de traçabilité)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Cette organisation</translation>
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation>Export de dossier</translation>
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation>Remettre des témoignages à un organisme de redevabilité : le consentement décide, pour chaque témoignage et chaque identité, de ce qui peut partir.</translation>
    </message>
    <message>
        <source>Start a case export...</source>
        <translation>Commencer un export de dossier...</translation>
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation>Export de dossier</translation>
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation>Écrire l’export de dossier</translation>
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation>Un dossier (en clair)</translation>
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation>Un fichier zip (en clair)</translation>
    </message>
    <message>
        <source>An encrypted file for the investigator&apos;s key</source>
        <translation>Un fichier chiffré pour la clé de l’investigateur</translation>
    </message>
    <message>
        <source>The investigator&apos;s key</source>
        <translation>La clé de l’investigateur</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Cancel writing</source>
        <translation>Annuler l’écriture</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Progression de l’écriture</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Investigator&apos;s key</source>
        <translation>Clé de l’investigateur</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Rapports en</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Sealed to the investigator&apos;s key: nothing readable is written.</source>
        <translation>Scellé pour la clé de l’investigateur : rien de lisible n’est écrit.</translation>
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation>Ceci écrit les témoignages EN CLAIR à l’endroit choisi : conservez-les sur un support chiffré et supprimez-les une fois remis.</translation>
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation>Dossier où écrire l’export</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Choisissez où écrire l’export.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Écriture...</translation>
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation>Écrit : %1, à l’emplacement ci-dessous.
SHA256SUMS : %2
Vérifiez-le avec : sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation>C’est en clair : conservez-le sur un support chiffré.</translation>
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation>Scellé pour %1 : rien de lisible n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation>Vérifier ce qui partira</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>Rien n’est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation>Contenu de l’export de dossier</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>part</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Témoignage finalisé, %n version</numerusform>
            <numerusform>Témoignage finalisé, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>reste</translation>
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation>Le témoin a accepté de le partager avec cet organisme.</translation>
    </message>
    <message>
        <source>goes as recorded</source>
        <translation>part tel qu’enregistré</translation>
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation>part en copie caviardée</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Pièce jointe (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>%1 sur %n témoignage sélectionné peut partir ; %2 de médias.</numerusform>
            <numerusform>%1 des %n témoignages sélectionnés peuvent partir ; %2 de médias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation>Les témoins n’ont accepté de partager aucun de ces témoignages avec cet organisme.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation>Témoignage %1</translation>
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation>Export de dossier pour %1, réalisé le %2</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>cette organisation</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Fiche de l’entretien</translation>
    </message>
    <message>
        <source>Witness and interview</source>
        <translation>Témoin et entretien</translation>
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation>Identité du témoin</translation>
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation>Le témoin a accepté de partager son identité avec cet organisme.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Région d’origine</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>Entretien le</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Lieu de l’entretien</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation>Enregistré sur l’appareil</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation>Version %1, finalisée le %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation>Personnes et leurs rôles</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Personnes nommées</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation>Chaîne de commandement telle que décrite</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Fichiers médias</translation>
    </message>
    <message>
        <source>original as recorded</source>
        <translation>original tel qu’enregistré</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>copie caviardée</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Empreintes (SHA-256)</translation>
    </message>
    <message>
        <source>Record as imported</source>
        <translation>Fiche telle qu’importée</translation>
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation>Version %1 du témoignage</translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>recording device</source>
        <translation>appareil d’enregistrement</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Incidents du</translation>
    </message>
    <message>
        <source>Incidents to</source>
        <translation>Incidents jusqu’au</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation>Exporter en &amp;SVG...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Exporter en &amp;PNG...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Graphe de la chaîne de commandement</translation>
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation>Témoignages à l’appui du lien choisi</translation>
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation>Flèche pleine : a commandé. Flèche en pointillés : membre d’une unité. Le nombre sur une flèche : combien de témoignages le disent ; plus la flèche est épaisse, plus il y a de témoins.</translation>
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation>Lecture de la chaîne de commandement...</translation>
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation>Aucun lien de commandement dans l’archive pour ce choix.</translation>
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation>Affichage des %1 liens les mieux étayés sur %2. Choisissez une unité ou des dates pour voir les autres.</translation>
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation>%1 commandait %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Témoin %1</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Chaîne de commandement</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file to check</source>
        <translation>Fichier de sauvegarde à vérifier</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup to check</source>
        <translation>Sauvegarde à vérifier</translation>
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation>Lecture de la sauvegarde...</translation>
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation>La sauvegarde faite %1 est intacte, et elle s’ouvre avec cette clé de récupération.</translation>
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation>Liens de commandement : qui a donné des ordres à qui</translation>
    </message>
    <message>
        <source>Command links between persons</source>
        <translation>Liens de commandement entre les personnes</translation>
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation>Supérieur (a donné les ordres)</translation>
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation>Relation (choisir ou saisir)</translation>
    </message>
    <message>
        <source>gave orders to</source>
        <translation>a donné des ordres à</translation>
    </message>
    <message>
        <source>commanded</source>
        <translation>commandait</translation>
    </message>
    <message>
        <source>was the superior of</source>
        <translation>était le supérieur de</translation>
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation>Subordonné (a reçu les ordres)</translation>
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation>Quand (par exemple avril 2013)</translation>
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation>p. ex. avril 2013</translation>
    </message>
    <message>
        <source>How the witness knows</source>
        <translation>Comment le témoin le sait</translation>
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation>p. ex. a entendu les ordres ; on le lui a dit ; insignes</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Add this command link</source>
        <translation>Ajouter ce lien de commandement</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation>Retirer le lien de commandement sélectionné</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How known</source>
        <translation>Comment le sait-on</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>How known: %1</source>
        <translation>Comment le sait-on : %1</translation>
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation>Ajoutez d’abord les deux personnes (ci-dessus).</translation>
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation>Choisissez deux personnes différentes : personne ne se donne d’ordres à soi-même.</translation>
    </message>
    <message>
        <source>Say how they were linked, for example &quot;gave orders to&quot;.</source>
        <translation>Dites comment ils étaient liés, par exemple « a donné des ordres à ».</translation>
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation>Ce lien est déjà enregistré ; retirez-le d’abord pour le modifier.</translation>
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>Any governorate</source>
        <translation>Tout gouvernorat</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Incidents du</translation>
    </message>
    <message>
        <source>Incidents until</source>
        <translation>Incidents jusqu’au</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Peut être partagé avec</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Tout organisme</translation>
    </message>
    <message>
        <source>Testimonies with</source>
        <translation>Témoignages avec</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Dates des incidents</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Partageable avec</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation>Enregistrer un consentement oral demande un microphone : branchez-en un, puis rouvrez le mode témoin.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation>Joindre le scan du formulaire signé...</translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation>Scan du formulaire de consentement signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation>Enregistrements du consentement</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmé par</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>Attesté par</translation>
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation>Réponses de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation>Recueillir le consentement en mode témoin...</translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation>Enregistrer un retrait...</translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation>Résumé papier pour le témoin...</translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation>Aucun consentement enregistré pour l’instant. Rien de cet entretien ne peut être exporté, et l’enregistreur reste éteint tant que le témoin n’a pas accepté l’enregistrement audio.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation>Consentement en vigueur&#xa0;: %1 le %2 (%3). Enregistrement audio&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation>Un papier peut mettre le témoin en danger</translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation>Un papier trouvé sur le témoin, à un point de contrôle ou à son domicile, peut montrer que cette personne vous a parlé. Il ne porte aucun nom, seulement la référence %1. Ne le proposez que si le témoin le souhaite et peut le garder en sécurité.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le résumé en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>déclaration orale</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>question non posée</translation>
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation>Le consentement n’a pas pu être enregistré&#xa0;: les réponses ne correspondent pas au formulaire. Revenez au récapitulatif et vérifiez chaque réponse.</translation>
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation>Le consentement de cet entretien a été modifié ailleurs pendant que ce formulaire était ouvert. Rien n’a été enregistré&#xa0;; fermez le mode témoin et rouvrez-le.</translation>
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation>Ce fichier n’est pas une image, un PDF ou un fichier audio pris en charge. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation>Aucun consentement n’a encore été enregistré pour cet entretien.</translation>
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation>Le témoin a déjà retiré tout son consentement.</translation>
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation>Ce formulaire de consentement n’est pas disponible dans cette langue.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n témoignage</numerusform>
            <numerusform>%n témoignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n témoin</numerusform>
            <numerusform>%n témoins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n enquêteur</numerusform>
            <numerusform>%n enquêteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s) named</source>
        <translation>
            <numerusform>%n victime nommée</numerusform>
            <numerusform>%n victimes nommées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Interview created</source>
        <translation>Entretien créé</translation>
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation>Entretien ajouté depuis un fichier</translation>
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation>Entretien importé depuis un paquet</translation>
    </message>
    <message>
        <source>Interview details changed</source>
        <translation>Détails de l’entretien modifiés</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Coffre-fort créé</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation>Parts de récupération créées</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Device keys created</source>
        <translation>Clés de l’appareil créées</translation>
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation>Clé pour l’identité des témoins retirée</translation>
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation>Clé ajoutée aux clés de confiance (appareil inscrit)</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <source>Linkage key created</source>
        <translation>Clé de rapprochement créée</translation>
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation>Empreintes calculées à partir des identités scellées</translation>
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation>Clé de rapprochement remise à un appareil</translation>
    </message>
    <message>
        <source>Linkage key received</source>
        <translation>Clé de rapprochement reçue</translation>
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation>Index des entretiens antérieurs remis</translation>
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation>Index des entretiens antérieurs reçu</translation>
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation>Index des entretiens antérieurs retiré</translation>
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation>Entretien mis à jour depuis un paquet</translation>
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation>Entretien envoyé dans un paquet</translation>
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation>Entretien clos : consentement retiré</translation>
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation>Entretien rouvert : consentement donné à nouveau</translation>
    </message>
    <message>
        <source>Interview purged</source>
        <translation>Entretien purgé</translation>
    </message>
    <message>
        <source>Witness added</source>
        <translation>Témoin ajouté</translation>
    </message>
    <message>
        <source>Witness details changed</source>
        <translation>Détails du témoin modifiés</translation>
    </message>
    <message>
        <source>Testimony started</source>
        <translation>Témoignage commencé</translation>
    </message>
    <message>
        <source>Testimony saved</source>
        <translation>Témoignage enregistré</translation>
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation>Témoignage finalisé</translation>
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation>Correction commencée (nouvelle version)</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Incident ajouté</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Incident modifié</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Incident supprimé</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Personne modifiée</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Personne supprimée</translation>
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation>Rôle dans un incident ajouté</translation>
    </message>
    <message>
        <source>Role in an incident changed</source>
        <translation>Rôle dans un incident modifié</translation>
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation>Rôle dans un incident supprimé</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>Lien de commandement ajouté</translation>
    </message>
    <message>
        <source>Command link changed</source>
        <translation>Lien de commandement modifié</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Lien de commandement supprimé</translation>
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation>Type de violation ajouté à la liste</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation>Témoins peut-être en double signalés</translation>
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation>Fiches d’auteurs fusionnées</translation>
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation>Fusion d’auteurs annulée</translation>
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation>Identité du témoin enregistrée</translation>
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation>Identité du témoin modifiée</translation>
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation>Identité du témoin scellée</translation>
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation>Identité scellée envoyée dans un paquet</translation>
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation>Identité scellée reçue</translation>
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation>Identité du témoin affichée</translation>
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation>Identité du témoin détruite</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation>Pièce jointe importée depuis un paquet</translation>
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation>Copie caviardée créée</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Pièce jointe supprimée</translation>
    </message>
    <message>
        <source>Attachment destroyed</source>
        <translation>Pièce jointe détruite</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>Pièce jointe exportée</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Enregistrement audio commencé</translation>
    </message>
    <message>
        <source>Recording saved</source>
        <translation>Enregistrement audio sauvegardé</translation>
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation>Enregistrement audio interrompu récupéré</translation>
    </message>
    <message>
        <source>Recording discarded</source>
        <translation>Enregistrement audio abandonné</translation>
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation>Enregistrement audio interrompu impossible à sauvegarder</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Consentement modifié</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation>Modification du consentement reçue</translation>
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation>Enregistrement du consentement oral joint</translation>
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation>Enregistrement du consentement oral retiré</translation>
    </message>
    <message>
        <source>Accountability body added</source>
        <translation>Organisme de redevabilité ajouté</translation>
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation>Organisme de redevabilité activé</translation>
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation>Organisme de redevabilité désactivé</translation>
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation>Modification du consentement envoyée dans un paquet</translation>
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation>Modification du consentement importée depuis un paquet</translation>
    </message>
    <message>
        <source>Packet sealed</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Sender&apos;s custody history changed</source>
        <translation>Journal de traçabilité de l’expéditeur modifié</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Accusé de réception émis</translation>
    </message>
    <message>
        <source>Receipt received</source>
        <translation>Accusé de réception reçu</translation>
    </message>
    <message>
        <source>Included in a case export</source>
        <translation>Inclus dans un export de dossier</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <source>Every change is recorded here and chained by its hash, so a later alteration can be detected.</source>
        <translation>Chaque modification est consignée ici et chaînée à la précédente par son empreinte, si bien qu’une altération ultérieure peut être détectée.</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Journal de traçabilité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>Le coordinateur a confirmé la remise de %n entretien.</numerusform>
            <numerusform>Le coordinateur a confirmé la remise de %n entretiens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>%n entretien purgé de cet appareil.</numerusform>
            <numerusform>%n entretiens purgés de cet appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>%n paquet importé.</numerusform>
            <numerusform>%n paquets importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>Choisir l’accusé de réception du coordinateur</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>Cet accusé de réception a déjà été importé ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation>Aucun élément remis n’attend d’être purgé.</translation>
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device&apos;s copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation>Le coordinateur a confirmé avoir reçu %1 entretien(s) : %2.

La purge détruit définitivement la copie de cet appareil (leurs clés sont détruites) : plus rien d’eux ne pourra être trouvé sur cet ordinateur. Seule subsiste la trace de leur remise. Purger maintenant ?</translation>
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation>Choisir les paquets à importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation>Vérification et importation...</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Lieu de l’entretien</translation>
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation>Langues (codes séparés par des virgules)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Autres personnes présentes</translation>
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation>Orientation vers des services de soutien proposée</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>Notes sur l’orientation</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>Suivi promis</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Notes sur le suivi</translation>
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation>Conditions de l’entretien</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>Premier paquet</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Numéros manquants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Appareils inscrits</translation>
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation>&amp;Inscrire un appareil...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Révoquer...</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>The device&apos;s key file</source>
        <translation>Le fichier de clé de l’appareil</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Révoquer l’appareil</translation>
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation>Révoquer %1 ? Tout ce qui en a déjà été importé reste ; ses nouveaux paquets seront refusés.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation>Motif (conservé avec l’appareil) :</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment&apos;s content</source>
        <translation>Contenu de la pièce jointe</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Texte du fichier</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>%n autre page non affichée.</numerusform>
            <numerusform>%n autres pages non affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation>noms</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>nom du père</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>gouvernorat</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>même personne</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>personnes différentes</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Témoins peut-être en double</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation>Témoins qui ont peut-être fait l’objet de deux entretiens, repérés en comparant des empreintes calculées avec une clé secrète. Les noms ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Témoins peut-être en double</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>Champs concordants</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation>Calculer leurs empreintes</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Show names...</source>
        <translation>Afficher les noms...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>%n témoin ne peut pas encore être comparé : son identité a été scellée sur un ordinateur portable qui n’avait pas de clé de rapprochement. Son empreinte peut être calculée ici avec la clé pour l’identité des témoins ; aucun nom n’est affiché.</numerusform>
            <numerusform>%n témoins ne peuvent pas encore être comparés : leur identité a été scellée sur un ordinateur portable qui n’avait pas de clé de rapprochement. Leurs empreintes peuvent être calculées ici avec la clé pour l’identité des témoins ; aucun nom n’est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ce coffre-fort</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Afficher les noms</translation>
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation>Les noms de %1 et %2 vont être affichés. Il faut pour cela la clé pour l’identité des témoins, et chaque affichage est inscrit au journal de traçabilité.</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>aucune identité enregistrée</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation>Si l’on vous force à déverrouiller cet ordinateur, tapez la phrase secrète sous contrainte au lieu de votre phrase secrète. Elle ouvre un leurre : un vrai coffre-fort fonctionnel contenant quelques entretiens anodins. Sur le disque, un coffre-fort avec phrase secrète sous contrainte a le même aspect qu’un coffre-fort sans.</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Confirmation de la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>Typing it also destroys this vault&apos;s keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation>La taper détruit aussi les clés de ce coffre-fort, comme un effacement d’urgence. C’est irréversible, et ensuite rien ne montre que cela s’est produit.</translation>
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation>Quelques entretiens sur la fréquentation scolaire (intégrés)</translation>
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation>Entretiens d’un fichier fourni par votre organisation</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Choisir un fichier...</translation>
    </message>
    <message>
        <source>Making the decoy</source>
        <translation>Création du leurre</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Définir la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Decoy content</source>
        <translation>Contenu du leurre</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Aucune phrase secrète sous contrainte n’est définie.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault&apos;s keys.</source>
        <translation>Une phrase secrète sous contrainte est définie (depuis le %1) ; la taper détruit aussi les clés de ce coffre-fort.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation>Une phrase secrète sous contrainte est définie (depuis le %1) ; la taper ouvre seulement le leurre.</translation>
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation>Entretiens du leurre</translation>
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation>Entretiens JSON (*.json)</translation>
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation>Les deux phrases secrètes sous contrainte sont différentes.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Choisissez une phrase secrète sous contrainte d’au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation>Choisissez le fichier contenant les entretiens du leurre.</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Supprimer la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation>La phrase secrète sous contrainte et son leurre disparaîtront.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimée.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Inscrire un appareil</translation>
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device&apos;s fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation>Demandez à l’enquêteur de vous lire ou de vous montrer l’empreinte de l’appareil, en personne ou par un canal de confiance, et saisissez-la ici. L’appareil n’est inscrit que si les deux correspondent.</translation>
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation>Empreinte telle que l’enquêteur l’a donnée</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation>Quitter le mode témoin</translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation>Enquêteur&#xa0;: saisissez la phrase secrète du coffre-fort pour quitter le mode témoin.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Saisissez d’abord la phrase secrète.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation>Phrase secrète incorrecte. Le mode témoin reste ouvert.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation>Envoyer des témoignages au coordinateur</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation>Fichiers de clé (*.key *.json)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation>Importer un entretien (JSON)</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Enregistrer un consentement papier</translation>
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation>Ouvrez d’abord l’entretien auquel appartient le consentement papier.</translation>
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation>L’entrée de consentement (JSON)</translation>
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation>Le scan du formulaire signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Peut être partagé avec</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Never corrected</source>
        <translation>Jamais corrigé</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation>Enquêteur, partie du nom</translation>
    </message>
    <message>
        <source>Place or governorate</source>
        <translation>Lieu ou gouvernorat</translation>
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation>Auteur présumé ou unité</translation>
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation>Incidents du (année, année-mois ou date)</translation>
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation>Incidents jusqu’au (année, année-mois ou date)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Partageable avec</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation>Aucun consentement n’est enregistré pour cet entretien.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Le témoin a retiré son consentement.</translation>
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation>Le témoignage n’a pas de texte.</translation>
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation>Le témoignage n’a pas de résumé.</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>Aucun incident n’est enregistré.</translation>
    </message>
    <message>
        <source>%n incident(s) without a title (&quot;Untitled incident&quot;).</source>
        <translation>Incidents sans titre (« Incident sans titre ») : %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation>Incidents sans date : %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation>Incidents sans violation : %n.</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation>La finalisation fige ce témoignage comme élément de preuve : personne ne peut plus le modifier, et son empreinte (un hachage SHA-256) est inscrite au journal de traçabilité. Les corrections ultérieures deviennent de nouvelles versions liées à celle-ci.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation>La finaliser maintenant ?</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>Finaliser le témoignage ?</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation>Clé de %1 (%2) chez %3</translation>
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation>Clé de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Testimony Recorder</source>
        <translation>Bienvenue dans Testimony Recorder</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation>Tout ce que vous enregistrez est conservé dans un coffre-fort chiffré sur cet ordinateur. Seule votre phrase secrète, ou la clé de récupération que vous allez noter, permet de l’ouvrir. L’application ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation>Votre nom ou votre code d’enquêteur</translation>
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation>par exemple&#xa0;: Enquêteur 7</translation>
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation>Il est inscrit dans le journal de traçabilité avec tout ce que vous enregistrez. Un code est plus sûr que votre vrai nom.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your name or code</source>
        <translation>Votre nom ou code</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation>Vous la saisirez à chaque ouverture du coffre-fort. Choisissez-la longue, et que personne d’autre ne la connaisse. Si l’ordinateur vous est pris, c’est elle qui protège les personnes qui vous ont fait confiance.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation>Création du coffre-fort. Cela prend quelques secondes&#xa0;: l’application mesure la puissance de cet ordinateur pour rendre la phrase secrète aussi difficile à attaquer que possible.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation>Si vous oubliez la phrase secrète, cette clé est le seul moyen de rouvrir le coffre-fort. Écrivez-la maintenant sur papier et gardez ce papier en lieu sûr, loin de cet ordinateur&#xa0;: quiconque l’a en main peut ouvrir le coffre-fort. Elle ne sera plus jamais affichée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation>J’ai écrit la clé sur papier</translation>
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation>Dernier groupe de la clé de récupération</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation>Pour vérifier, saisissez ses quatre derniers caractères</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 B</source>
        <extracomment>Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase is translated so a language can put the unit first or use its own abbreviation.</extracomment>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>date not known</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation>Précision de la date connue</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Un jour précis</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>Approximativement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>and</source>
        <translation>au</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>around</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Se lit : %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>Fin de la période : %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation>À &amp;propos de Testimony Recorder</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation>Versions et historique</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
    <message>
        <source>finalized %1</source>
        <translation>finalisée le %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>enregistrée le %1</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>full name</source>
        <extracomment>How each Identity field is named when saying which are filled in.</extracomment>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>pièces d’identité</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Identité protégée</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>Afficher l’identité</translation>
    </message>
    <message>
        <source>Shows the witness&apos;s name and contact details; this is recorded in the custody log</source>
        <translation>Affiche le nom et les coordonnées du témoin&#x202f;; cette action est consignée dans le journal de traçabilité</translation>
    </message>
    <message>
        <source>Seal identities now</source>
        <translation>Sceller les identités maintenant</translation>
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation>Scelle pour la clé pour l’identité des témoins toute identité encore lisible sur cet appareil</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>Autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Enregistrer l’identité</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Enter identity</source>
        <translation>Saisir l’identité</translation>
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation>Saisir de nouveau (la remplace)</translation>
    </message>
    <message>
        <source>Sealed on %1 to the organisation&apos;s witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation>Scellée le %1 pour la clé pour l’identité des témoins de l’organisation : cet appareil ne peut pas la lire, quelle que soit la personne qui le déverrouille.</translation>
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation>Lisible sur cet appareil : elle a été enregistrée avant l’inscription d’une clé pour l’identité des témoins. Scellez-la maintenant, pour que personne qui déverrouille cet appareil ne puisse la lire.</translation>
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator&apos;s key file (Keys and contacts); identities can then be sealed.</source>
        <translation>Lisible sur cet appareil, et par quiconque obtient de force sa phrase secrète : aucune clé pour l’identité des témoins n’est encore inscrite. Faites confiance au fichier de clé de votre coordinateur (Clés et contacts) ; les identités pourront alors être scellées.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>Renseigné : %1.</translation>
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation>Elle sera scellée à l’enregistrement : ensuite cet appareil ne montre que les champs renseignés.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation>Aucune clé pour l’identité des témoins n’est inscrite : elle restera lisible sur cet appareil jusqu’à ce qu’elle soit scellée.</translation>
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation>L’enregistrement remplace l’identité ; elle est ensuite scellée si une clé pour l’identité des témoins est inscrite.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Aucune identité enregistrée. Ne l’enregistrez que si le témoin l’a accepté, et seulement ce qui est nécessaire.</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation>Clé pour l’identité des témoins</translation>
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation>Les identités sont scellées pour la clé pour l’identité des témoins. Ouvrez-la depuis ce coffre-fort, ou depuis le fichier de clé que détient l’équipe de protection.</translation>
    </message>
    <message>
        <source>From this vault</source>
        <translation>Depuis ce coffre-fort</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>Depuis un fichier...</translation>
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation>Fichier de la clé pour l’identité des témoins</translation>
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation>Motif de l’affichage de l’identité</translation>
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation>Pourquoi devez-vous savoir qui est ce témoin ? Le motif et l’heure sont inscrits au journal de traçabilité.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Autres noms : %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Né(e) le : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>Identité du témoin</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation>Choisissez un dossier (comme une clé USB) ou des fichiers de paquets, ou déposez-les ici. Les paquets découpés (.001, .002...) sont réunis, et chaque paquet est vérifié avant que quoi que ce soit n’en soit conservé.</translation>
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation>Dossiers et fichiers à importer</translation>
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation>Choisir un &amp;dossier...</translation>
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation>Choisir des &amp;fichiers...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Packets in this import</source>
        <translation>Paquets de cette importation</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Consent changes</source>
        <translation>Changements de consentement</translation>
    </message>
    <message>
        <source>Reason or warning</source>
        <translation>Motif ou avertissement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation>&amp;Enregistrer en JSON...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder with packets</source>
        <translation>Dossier contenant les paquets</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Fichiers de paquets</translation>
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation>Recherche des paquets...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation>Paquet %1 sur %2 : %3 (%4 sur %5 Mo)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>Packet %1 from %2 (device %3)</source>
        <translation>Paquet %1 de %2 (appareil %3)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Déjà importé le %1 ; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>%n entretien importé.</numerusform>
            <numerusform>%n entretiens importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation>Ce qui s’est passé, tel que le témoin l’a raconté.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Personnes impliquées</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation>Enregistré, sauf la description : elle dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation>Enregistré, sauf la date ou le lieu : voir le problème ci-dessus.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Add a violation type</source>
        <translation>Ajouter un type de violation</translation>
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation>Nom du type de violation, tel qu’il doit apparaître dans la liste :</translation>
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation>Ce nom est trop long (%1 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation>Incidents de cet entretien</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation>Titre d’un nouvel incident</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>Nouvel incident : titre</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ajouter l’incident</translation>
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation>Ajouter un incident avec ce titre</translation>
    </message>
    <message>
        <source>Remove incident...</source>
        <translation>Retirer l’incident...</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>Retirer l’incident sélectionné</translation>
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation>Aucun incident pour l’instant. Donnez un titre au premier ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation>Retirer l’incident ?</translation>
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation>Retirer l’incident %1, avec les rôles qui y sont enregistrés ? Le retrait est inscrit au journal de traçabilité.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <translation>Finaliser le témoignage...</translation>
    </message>
    <message>
        <source>Interview sections</source>
        <translation>Sections de l’entretien</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Témoin %1</translation>
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation>Entretien (%1), pas encore de témoignage</translation>
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation>Entretien (%1), témoignage finalisé</translation>
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation>Entretien (%1), témoignage en brouillon</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1, delivered</source>
        <translation>%1, remis</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, envoyé</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation>Rechercher témoignages, incidents, lieux, auteurs</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisés</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>Filter by violation</source>
        <translation>Filtrer par violation</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <source>Filter by date of the interview</source>
        <translation>Filtrer par date de l’entretien</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation>Filtrer par remise</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>Envoyés ou non</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyés</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Envoyés, non confirmés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>%n entretien trouvé</numerusform>
            <numerusform>%n entretiens trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation>Choisissez un témoignage dans la liste.</translation>
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation>Afficher l’&amp;identité...</translation>
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation>Parties de l’entretien</translation>
    </message>
    <message>
        <source>Testimony versions</source>
        <translation>Versions du témoignage</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(incident sans titre)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation>Témoin %1, entendu par %2 le %3</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Le témoin a retiré son consentement.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>finalisée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation>Version %1 (%2) %3</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>Violations : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation>Sous le commandement de %1</translation>
    </message>
    <message>
        <source>Commanded %1</source>
        <translation>Commandait %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(fermé)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The witness&apos;s consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation>Le consentement du témoin ne permet pas à cette organisation d’utiliser ce fichier : il reste donc fermé.</translation>
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation>Le consentement ne permet d’utiliser qu’une copie caviardée de ce fichier, et il n’y en a aucune ici : il reste donc fermé.</translation>
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation>Affichage de sa copie caviardée : le consentement ne permet d’utiliser que des copies caviardées.</translation>
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation>Une copie caviardée : les métadonnées identifiantes ont été retirées avant l’envoi.</translation>
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation>L’original, tel qu’enregistré : le consentement permet de l’utiliser.</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>copie caviardée</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 le %2 (%3)</translation>
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation>%1 : témoignage %2, identité %3, audio %4</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  par %3</translation>
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation>Saisi dans ce coffre-fort, non importé.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation>Signature : vérifiée avec la clé de l’appareil inscrit</translation>
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation>Cet appareil a depuis été révoqué.</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>Paquets :</translation>
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation>  numéro %1, scellé %2, importé %3, id %4</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>SHA-256 de la fiche : %1</translation>
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation>Traçabilité sur l’appareil :</translation>
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation>Traçabilité dans cette archive :</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation>Personnes impliquées dans cet incident, avec leurs rôles</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation>Personne (choisir, ou saisir le nom d’une nouvelle personne)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>Choisir ou saisir un nom</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>Rôle dans cet incident</translation>
    </message>
    <message>
        <source>Notes on this role</source>
        <translation>Notes sur ce rôle</translation>
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation>p. ex. a dit à l’interrogateur quoi demander</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter le rôle</translation>
    </message>
    <message>
        <source>Add this person&apos;s role in the incident</source>
        <translation>Ajouter le rôle de cette personne dans l’incident</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>Retirer le rôle sélectionné</translation>
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation>%1 (auteur présumé)</translation>
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation>Choisissez une personne, ou saisissez le nom d’une nouvelle.</translation>
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation>%1 a déjà ce rôle dans cet incident.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Annuler cette tâche</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>Clés et contacts</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation>Empreinte de cet appareil. Lisez-la à voix haute ou montrez-la quand quelqu’un accorde sa confiance à votre clé :</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <source>Save my key file...</source>
        <translation>Enregistrer mon fichier de clé...</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation>Faire confiance à un fichier de clé...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>Révoquer...</translation>
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation>Clés auxquelles cet appareil fait confiance</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoquée le %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Save my key file</source>
        <translation>Enregistrer mon fichier de clé</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>Fichier de clé enregistré</translation>
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation>Le fichier de clé est public : il peut circuler par n’importe quel canal. Quiconque lui accorde sa confiance doit vérifier son empreinte avec vous.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Choisir un fichier de clé</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Révoquer une clé</translation>
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation>Plus aucun paquet ne sera envoyé à cette clé, et aucun paquet venant d’elle ne sera accepté. Pourquoi ? (pour le journal de traçabilité)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Let the witness choose the language of the consent form.</source>
        <translation>Laissez le témoin choisir la langue du formulaire de consentement.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Aucun son</translation>
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation>Très fort, proche de la saturation</translation>
    </message>
    <message>
        <source>Good level</source>
        <translation>Bon niveau</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>Testimony Recorder</translation>
    </message>
    <message>
        <source>%1 - DEMO, fictional data</source>
        <translation>%1 - DÉMO, données fictives</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre-fort</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Import an interview (JSON)...</source>
        <translation>&amp;Importer un entretien (JSON)...</translation>
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation>Enregistrer un c&amp;onsentement papier...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation>Envoyer au &amp;coordinateur...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>Importer un &amp;accusé de réception...</translation>
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation>P&amp;urger les éléments remis...</translation>
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation>C&amp;lés et contacts...</translation>
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation>Enre&amp;gistrements du formulaire de consentement...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sauvegarder...</translation>
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation>Par&amp;ts de récupération...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation>&amp;Effacement d’urgence...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation>Cette action détruit immédiatement les clés du coffre-fort. Plus rien de ce qu’il contient ne pourra jamais être ouvert, ni avec la phrase secrète ni avec la clé de récupération. Les éléments déjà remis au coordinateur restent en sécurité entre ses mains.

Coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation>Le coffre-fort a été effacé. L’application va maintenant se fermer.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre-fort. Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre-fort. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation>Cette clé de récupération contient une faute de frappe : ses lettres de contrôle ne correspondent pas. Comparez chaque groupe avec la clé imprimée, puis saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre ou commande de Testimony Recorder. Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n’y a pas de coffre-fort à l’emplacement %1.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation>Il existe déjà un coffre-fort à l’emplacement %1. Il n’a pas été touché&#xa0;: ouvrez-le, ou choisissez un autre dossier pour le nouveau coffre-fort.</translation>
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation>Le fichier de clés de ce coffre-fort a disparu&#xa0;: soit le coffre-fort a été effacé, soit le fichier a été supprimé. Sans lui, le coffre-fort ne peut pas être ouvert. Restaurez le fichier de clés depuis une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation>Le fichier de clés %1 est endommagé. Restaurez-le depuis une sauvegarde. Le coffre-fort lui-même n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation>La base de données du coffre-fort %1 est endommagée ou illisible. Restaurez-la depuis une sauvegarde&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de Testimony Recorder. Mettez l’application à jour&#x202f;; le coffre-fort n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation>La mise à niveau du coffre-fort a échoué&#x202f;; il a donc été laissé exactement tel quel. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>Ce témoignage est finalisé et ne peut plus être modifié. Ajoutez plutôt une correction&#xa0;: elle deviendra une nouvelle version.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>Cet élément n’existe plus&#x202f;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation>%1 correspond à plusieurs éléments. Saisissez une plus grande partie de son identifiant, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation>Un lien de commandement demande deux personnes différentes : personne ne se donne d’ordres à soi-même. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation>C’est déjà enregistré : rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation>%1 est vide (0 octet)&#xa0;: rien n’a donc été conservé. Vérifiez qu’il s’agit du bon fichier, ou copiez-le à nouveau depuis sa source.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation>%1 n’est pas un type de fichier que Testimony Recorder peut conserver&#xa0;: rien n’a donc été enregistré. Types acceptés&#xa0;: audio (WAV, FLAC, MP3, AAC, Ogg, M4A), vidéo (MP4, MOV, 3GP), images (JPEG, PNG, WebP), PDF et texte brut.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation>%1 est incomplet&#xa0;: il a probablement été tronqué pendant la copie, rien n’a donc été conservé. Copiez-le à nouveau depuis sa source, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation>Annulé. Rien d’inachevé n’a été conservé.</translation>
    </message>
    <message>
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation>%1 ne peut pas être lu comme le type de fichier qu’il prétend être : rien n’a donc été conservé. Ouvrez-le sur l’appareil d’où il vient pour le vérifier, puis copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation>%1 n’est pas le fichier attendu (son empreinte diffère) : rien n’a donc été conservé.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault&apos;s media folder from a backup.</source>
        <translation>Un fichier conservé est endommagé ou a été modifié : il ne peut pas être ouvert. La fiche et son empreinte sont intactes ; restaurez le dossier des médias du coffre-fort depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation>Impossible de créer une copie partageable de %1 sans détails identifiants. L’original est inchangé ; le fichier ne sera pas partagé.</translation>
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 est trop volumineux pour être écouté dans l’application. Il reste en sécurité dans le coffre-fort ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation>L’enregistrement s’est arrêté à cause d’un problème de microphone ou de disque. Tout ce qui avait été enregistré jusque-là a été conservé.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation>Aucun microphone trouvé. Branchez-en un (ou choisissez-le dans les Paramètres), puis réessayez.</translation>
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation>Ce fichier est la preuve d’un consentement : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness&apos;s consent first.</source>
        <translation>Aucun consentement n’est enregistré pour cet entretien : rien le concernant ne peut quitter cet appareil. Recueillez d’abord le consentement du témoin.</translation>
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation>Le témoin a retiré son consentement pour cet entretien.</translation>
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation>Le témoin n’a pas accepté l’enregistrement audio : l’enregistreur est désactivé pour cet entretien.</translation>
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation>Ce consentement ne fait pas suite au consentement en vigueur (celui-ci a été modifié entre-temps). Rouvrez l’entretien et refaites l’étape.</translation>
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation>Les étapes du consentement n’ont pas été suivies dans l’ordre. Recommencez à la première étape.</translation>
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation>Le texte du consentement dans cette langue manque dans cette installation. Choisissez une autre langue ou réinstallez l’application.</translation>
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation>Le texte du consentement de cette installation est endommagé. Réinstallez l’application.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation>L’empreinte saisie ne correspond pas à ce fichier de clé. La clé n’a PAS été ajoutée aux clés de confiance. Vérifiez auprès de son propriétaire, en personne : quelqu’un a peut-être substitué le fichier.</translation>
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation>Cette clé a été révoquée auparavant ; elle ne peut pas redevenir une clé de confiance.</translation>
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation>Aucune clé de confiance ne correspond à %1.</translation>
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation>Plusieurs clés de confiance correspondent à %1. Saisissez une plus grande partie de l’empreinte.</translation>
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation>Cet organisme ne fait pas partie de ceux sur lesquels porte le formulaire de consentement : le consentement ne pourra donc jamais autoriser le partage avec lui.</translation>
    </message>
    <message>
        <source>That is this device&apos;s own key; it does not need to be trusted.</source>
        <translation>C’est la clé de cet appareil lui-même ; inutile de lui faire confiance.</translation>
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation>Ce coffre-fort ne contient pas la clé privée nécessaire pour cela.</translation>
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation>Ce coffre-fort n’a pas de clé pour l’identité des témoins.</translation>
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation>Choisissez au moins un destinataire de confiance.</translation>
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation>Impossible d’envoyer à %1 : son fichier de clé ne contient pas une clé nécessaire. Demandez un nouveau fichier de clé et faites-lui de nouveau confiance.</translation>
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation>Rien à envoyer : aucun entretien finalisé n’est nouveau ou modifié depuis le dernier paquet.</translation>
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation>Quelque chose a changé après l’aperçu. Revenez en arrière et vérifiez à nouveau l’aperçu.</translation>
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation>Le paquet serait trop volumineux. Envoyez moins d’entretiens à la fois.</translation>
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation>Un fichier conservé ne correspond pas à sa fiche : le paquet n’a pas été écrit. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>Le disque qui contient %1 est plein. Cette étape n’a pas été enregistrée ; libérez de l’espace, puis réessayez. Tout ce qui a été enregistré auparavant est en sécurité.</translation>
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation>Certaines de ces informations ne sont pas valides : elles n’ont donc pas été enregistrées. Vérifiez ce que vous avez saisi, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 est trop volumineux pour être affiché dans l’application. Il reste en sécurité dans le coffre-fort ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation>%1 n’a pas pu être affiché : il est endommagé, ou d’un type que l’application ne peut pas afficher. Il reste dans le coffre-fort tel qu’il est arrivé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation>Le microphone %1 est introuvable. Vérifiez qu’il est branché, ou choisissez-en un autre dans les Paramètres.</translation>
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation>Ce consentement ne peut pas être enregistré : les réponses ne correspondent pas au formulaire de consentement. Revenez au récapitulatif et vérifiez chaque réponse.</translation>
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation>La preuve du consentement n’a pas été acceptée : ce doit être une image, un PDF ou un fichier audio de cet entretien, non vide, pas trop volumineux, et qui ne soit pas la preuve d’un autre consentement. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation>%1 n’est pas un fichier de clé valide, ou il a été endommagé. Aucune clé n’a été ajoutée aux clés de confiance ; demandez-en une nouvelle copie à son propriétaire.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation>La clé de %1 a été révoquée : rien ne peut lui être envoyé. Choisissez un autre destinataire.</translation>
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>Le fichier de clé de %1 ne permet pas le chiffrement post-quantique. Demandez un nouveau fichier de clé à son propriétaire, ou envoyez sans chiffrement post-quantique.</translation>
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>La clé pour l’identité des témoins de %1 ne permet pas le chiffrement post-quantique. Demandez un nouveau fichier de clé à son propriétaire, ou envoyez sans chiffrement post-quantique.</translation>
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation>Les étapes de l&apos;export n&apos;ont pas été suivies dans l&apos;ordre. Fermez l&apos;export et recommencez ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation>Un entretien a été supprimé, ou sa version finale a été rouverte, pendant le scellement du paquet. Rien n’a été écrit ; revenez en arrière et vérifiez à nouveau l’aperçu.</translation>
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation>Un fichier de cet entretien dépasse 8 Gio, plus qu’un paquet ne peut en contenir : rien n’a donc été écrit. Demandez à votre coordinateur comment le remettre.</translation>
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation>%1 ne peut pas être lu (il a peut-être été déplacé, ou il est trop volumineux). Rien n’a été modifié ; choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation>Impossible d’écrire %1. Rien n’a été écrit ; choisissez un autre emplacement ou libérez de l’espace.</translation>
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation>Cette taille de morceau ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation>Un fichier portant ce nom existe déjà à cet endroit ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation>Ce fichier n’est pas un paquet Testimony Recorder.</translation>
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation>Ce paquet est incomplet : il a été tronqué, probablement pendant la copie. Copiez-le à nouveau depuis l’original.</translation>
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation>Ce paquet a été modifié ou endommagé après avoir été scellé. Ne l’utilisez pas ; demandez une nouvelle copie à l’expéditeur. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation>Ce paquet n’est pas adressé à ce coffre-fort. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation>Un morceau de ce paquet manque. Placez tous les morceaux (.001, .002, ...) dans le même dossier et réessayez.</translation>
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation>Ce paquet est illisible. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender&apos;s key first, after checking its fingerprint.</source>
        <translation>Ce paquet a été signé par une clé à laquelle ce coffre-fort ne fait pas confiance (%1). Rien n’a été importé. Faites d’abord confiance à la clé de l’expéditeur, après avoir vérifié son empreinte.</translation>
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation>Ce paquet a été signé par une clé révoquée (%1). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet&apos;s signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation>La signature de ce paquet n’est pas valide : elle est falsifiée ou a été modifiée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation>Ce paquet a déjà été reçu (ou c’est une ancienne copie renvoyée). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation>Ce paquet contient une partie endommagée. Il a été refusé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation>Ce paquet contient une partie au nom dangereux. Il a été refusé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation>Ce paquet contient une partie qui dépasse la taille maximale. Il a été refusé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation>Ce paquet a été créé par une version plus récente de Testimony Recorder. Mettez l’application à jour, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation>Ce paquet contient plus que ce que ses témoins ont accepté de partager. Il a été refusé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation>Un entretien de ce paquet appartient à un autre appareil. Il a été refusé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation>Ce qui peut être purgé a changé après l&apos;affichage de la liste (%1) : rien n&apos;a été purgé. Consultez à nouveau la liste.</translation>
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation>Ce n’est pas un accusé de réception valide pour ce coffre-fort.</translation>
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation>Aucun paquet importé de cet expéditeur n’attend d’accusé de réception.</translation>
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation>Le paquet %1 de %2 (appareil %3) n’est pas arrivé. Demandez-le à l’expéditeur.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation>Les paquets %1 à %2 de %3 (appareil %4) ne sont pas arrivés. Demandez-les à l’expéditeur.</translation>
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation>Ce paquet désigne %1 comme le précédent, mais le paquet %2 reçu de cet expéditeur est %3. Demandez à l’expéditeur lequel est le bon.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log continues what it sent before.</source>
        <translation>Le journal de traçabilité de l’expéditeur prolonge ce qu’il avait envoyé auparavant.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation>Premier paquet de cet expéditeur : son journal de traçabilité a été vérifié depuis le début.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation>Premier paquet de cet expéditeur : son journal de traçabilité a été vérifié à partir de l’entrée %1.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation>Le journal de traçabilité de l’expéditeur ne peut pas encore être relié : les entrées %1 à %2 se trouvent dans des paquets qui ne sont pas arrivés.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation>Le journal de traçabilité de l’expéditeur ne correspond plus à ce qu’il avait envoyé auparavant (l’entrée %1 a changé) : son historique a été réécrit. Demandez-en la raison à l’expéditeur avant de vous fier à ce paquet.</translation>
    </message>
    <message>
        <source>This is an interviewer&apos;s vault. The archive is kept in a coordinator&apos;s vault.</source>
        <translation>Ceci est le coffre-fort d’un enquêteur. L’archive est conservée dans le coffre-fort d’un coordinateur.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation>%1 n’est pas une date. Saisissez une année, une année et un mois, ou une date complète (2024, 2024-03 ou 2024-03-06).</translation>
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation>%1 n’est pas une valeur acceptée par ce filtre.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer&apos;s device. It was not enrolled.</source>
        <translation>La clé %1 n’appartient pas à l’appareil d’un enquêteur. Elle n’a pas été inscrite.</translation>
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation>Aucun appareil inscrit ne correspond à %1.</translation>
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation>Aucune entrée de l’index des auteurs ne correspond à %1.</translation>
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation>%1 correspond à plusieurs entrées de l’index des auteurs. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation>%1 et %2 forment déjà une seule entrée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation>Seules deux personnes ou deux unités peuvent être fusionnées, pas une personne avec une unité. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation>Aucune fusion en vigueur ne correspond à %1 ; elle a peut-être déjà été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation>Les identités restent scellées tant que la clé pour l’identité des témoins n’est pas ouverte. Ouvrez-la d’abord (l’équipe de protection la détient).</translation>
    </message>
    <message>
        <source>That is not this archive&apos;s witness-identity key. No identity was revealed.</source>
        <translation>Ce n’est pas la clé pour l’identité des témoins de cette archive. Aucune identité n’a été affichée.</translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation>Les témoins n’ont accepté de partager aucun des témoignages sélectionnés avec cet organisme : il n’y a rien à exporter. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator&apos;s key: choose their trusted key. Nothing was written.</source>
        <translation>Un export chiffré est scellé pour la clé de l’investigateur : choisissez sa clé de confiance. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation>La clé %1 appartient à un autre organisme que celui choisi. Le consentement n’a été vérifié que pour l’organisme choisi : rien n’a été scellé pour cette clé.</translation>
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation>La clé %1 a été révoquée ou ne permet pas de sceller. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation>Le témoignage %1 a changé après l’aperçu (son consentement ou sa fiche). Revoyez l’aperçu ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation>Un fichier conservé ne correspond pas à son empreinte enregistrée : l’export de dossier a été arrêté. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation>Cette forme d’export est inconnue. Choisissez un dossier, un fichier zip ou un fichier chiffré.</translation>
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation>Les rapports ne peuvent pas être écrits dans cette langue. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation>Les étapes de l’export de dossier n’ont pas été suivies dans l’ordre. Recommencez à la première étape.</translation>
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation>Indiquez pourquoi l’identité est nécessaire : chaque affichage est inscrit au journal de traçabilité avec sa raison. Rien n’a été affiché.</translation>
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation>L’archive ne détient aucune identité pour ce témoin : soit le consentement n’en permettait pas le partage, soit elle a été détruite.</translation>
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation>L’importation ne peut pas faire cela maintenant. Attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation>Aucun rapport d’importation conservé ne correspond à %1.</translation>
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation>Les empreintes de détection des témoins en double d’un entretien de ce paquet n’ont pas pu être conservées ; l’entretien lui-même a été importé.</translation>
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator&apos;s key file made for this device; it carries the key.</source>
        <translation>Ce coffre-fort n’a pas encore de clé de rapprochement de l’organisation. Faites confiance au fichier de clé que votre coordinateur a préparé pour cet appareil ; il contient cette clé.</translation>
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation>La clé de rapprochement de l’organisation est conservée sous la clé pour l’identité des témoins, qui n’est pas dans ce coffre-fort. Demandez à l’équipe de protection de le faire.</translation>
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation>Le fichier de clé de %1 contient une clé de rapprochement préparée pour un autre appareil. Aucune clé n’a été ajoutée aux clés de confiance ; demandez au coordinateur un fichier de clé préparé pour cet appareil.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault can do this.</source>
        <translation>Seul le coffre-fort d’un coordinateur peut faire cela.</translation>
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation>Aucun témoin de ce coffre-fort n’a le code %1.</translation>
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation>Une paire demande deux témoins différents ; %1 a été donné deux fois.</translation>
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation>%1 n’est pas un index des entretiens antérieurs destiné à cet appareil. Rien n’a été modifié ; demandez-en un nouveau à votre coordinateur.</translation>
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation>Ces parts de récupération n’ouvrent pas ce coffre-fort : elles appartiennent à un autre coffre-fort, ou des parts plus récentes les ont remplacées. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation>Il faut %1 parts de récupération différentes ; %2 ont été données. Tapez-les en laissant une ligne vide entre elles. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation>La part %1 est illisible. Comparez chaque mot avec le papier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This identity is sealed to the organisation&apos;s witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation>Cette identité est scellée pour la clé pour l’identité des témoins de l’organisation : elle ne peut pas être lue sur cet appareil. Pour la corriger, saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator&apos;s key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation>Aucune clé pour l’identité des témoins n’est encore inscrite. Faites d’abord confiance au fichier de clé de votre coordinateur (Clés et contacts) ; il contient la clé. Rien n’a été scellé.</translation>
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation>Une phrase secrète sous contrainte ne peut pas être définie ni supprimée ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>La phrase secrète sous contrainte doit être différente de celle du coffre-fort. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation>Le contenu du leurre ne tient pas dans %1 Kio. Choisissez des entretiens moins nombreux ou plus courts. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas servir de contenu de leurre. Il doit s’agir d’entretiens JSON contenant quelques entretiens sans pièces jointes ni fiches de consentement. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault&apos;s recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation>La clé de récupération de ce coffre-fort a été créée avant l’existence des sauvegardes. Créez d’abord une nouvelle clé de récupération (l’ancienne cesse alors de fonctionner). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation>%1 se trouve dans le dossier du coffre-fort. Choisissez un emplacement en dehors, comme une clé USB ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault&apos;s backup, or one made before the recovery key was replaced.</source>
        <translation>%1 ne s’ouvre pas avec cette clé de récupération. C’est la sauvegarde d’un autre coffre-fort, ou une sauvegarde faite avant le remplacement de la clé de récupération.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation>%1 est endommagé ou a été modifié après sa création. Ne vous y fiez pas ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation>Ces sauvegardes ne se suivent pas. Donnez d’abord la sauvegarde complète, puis chacune des suivantes dans l’ordre. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation>Il existe déjà un coffre-fort à %1. Il n’a pas été touché.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>Une erreur s’est produite (%1). Rien d’inachevé n’a été conservé. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>Testimony Recorder</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>Choose a folder, for example on a memory stick</source>
        <translation>Choisissez un dossier, par exemple sur une clé USB</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation>%1 : détails</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1 : jour</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1 : mois</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1 : année</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>Saisissez l’année.</translation>
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation>Saisissez une année entre %1 et %2.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>Choisissez le mois.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Choisissez le jour.</translation>
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation>Choisissez le mois de ce jour.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>Ce mois n’a pas de jour %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation>même nom, autre graphie</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>alias matches</source>
        <translation>alias correspondant</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>même unité</translation>
    </message>
    <message>
        <source>different units</source>
        <translation>unités différentes</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>même grade</translation>
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Alleged perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Enquêteurs</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation>Alias et graphies</translation>
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation>Affiliation, unité, grade</translation>
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation>Rechercher par nom, quelle qu’en soit l’orthographe</translation>
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation>Rechercher un auteur présumé par son nom</translation>
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation>Allégations et corroboration</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusions suggérées</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Fusionner...</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>Historique des fusions</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionné dedans</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation>&amp;Annuler la fusion...</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n auteur présumé</numerusform>
            <numerusform>%n auteurs présumés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role (&quot;Carried it out&quot;), %2 the violation, %3 who backs it (&quot;2 witnesses, 1 interviewer, and 2 testimonies&quot;).</extracomment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>no violation type</source>
        <translation>aucun type de violation</translation>
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation>Incidents entre %1 et %2</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Lieux : %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation>Traiter %1 et %2 comme une seule %3 ? Leurs témoignages et leur corroboration sont comptés ensemble. La fusion est inscrite au journal de traçabilité et peut être annulée.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation>Annuler la fusion de %1 dans %2 ? Les deux sont de nouveau listés séparément ; la fusion reste dans l’historique comme annulée.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation>Nom, surnom ou façon dont le témoin le désigne</translation>
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation>Autres noms (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation>Appartenance (force, groupe, service)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Position or function</source>
        <translation>Poste ou fonction</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation>Tranche d’âge au moment des faits</translation>
    </message>
    <message>
        <source>Description of the person</source>
        <translation>Description de la personne</translation>
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation>Apparence, âge, ce qu’il a fait, comment le témoin le connaît.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation>Au plus %1 autres noms de 300 caractères chacun au maximum ; ils n’ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation>La description dépasse %1 caractères ; raccourcissez-la pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation>Personnes nommées dans cet entretien</translation>
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation>Nom ou description d’une nouvelle personne</translation>
    </message>
    <message>
        <source>New person: name or description</source>
        <translation>Nouvelle personne : nom ou description</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation>Ajouter une personne avec ce nom</translation>
    </message>
    <message>
        <source>Remove person...</source>
        <translation>Retirer la personne...</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Retirer la personne sélectionnée</translation>
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation>Aucune personne pour l’instant. Saisissez un nom ou une description ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Remove the person?</source>
        <translation>Retirer la personne ?</translation>
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation>Retirer %1 de cet entretien, avec ses rôles dans les incidents et ses liens de commandement ? Le retrait est inscrit au journal de traçabilité.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation>p. ex. le point de contrôle à l’entrée de la ville</translation>
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation>Gouvernorat ou région (choisir ou saisir)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>Choisir dans la liste ou saisir</translation>
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation>Latitude, en degrés décimaux (-90 à 90)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation>Longitude, en degrés décimaux (-180 à 180)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation>Marge d’erreur des coordonnées, en mètres</translation>
    </message>
    <message>
        <source>precision not known</source>
        <translation>précision inconnue</translation>
    </message>
    <message>
        <source>within </source>
        <translation>à </translation>
    </message>
    <message>
        <source> m</source>
        <translation> m près</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation>La latitude doit être un nombre entre -90 et 90 (par exemple 36.2). Elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation>La longitude doit être un nombre entre -180 et 180 (par exemple 37.15). Elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation>Choisissez une pièce jointe audio et appuyez sur Écouter.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation>Repères ; choisissez-en un pour écouter à partir de là</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Chargement de %1...</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system&apos;s sound settings), then press Play again.</source>
        <translation>Aucune sortie audio n’a été trouvée : rien ne peut être entendu. Branchez des haut-parleurs ou un casque (ou vérifiez les réglages du son du système), puis appuyez de nouveau sur « Écouter ».</translation>
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system&apos;s sound settings, then press Play again.</source>
        <translation>La sortie audio s’est arrêtée ou a refusé ce fichier : rien n’est en cours de lecture. Vérifiez les haut-parleurs ou le casque et les réglages du son du système, puis appuyez de nouveau sur « Écouter ».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation>Préparation de l’archive pour cette version de l’application. Cela n’a lieu qu’une fois ; avec plusieurs milliers de témoignages, cela prend quelques minutes. Rien n’est perdu si l’application est fermée entre-temps : la préparation reprend au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation>Préparation de l’archive</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation>Vérifier ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation>Rien n’est écrit tant que vous n’avez pas scellé le paquet.</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Témoignage finalisé, %n version</numerusform>
            <numerusform>Témoignage finalisé, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>sent, sealed</source>
        <translation>envoyée, scellée</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>Sealed to the coordinator&apos;s identity key: analysts cannot read it.</source>
        <translation>Scellée pour la clé d’identité du coordinateur : les analystes ne peuvent pas la lire.</translation>
    </message>
    <message>
        <source>sent as recorded</source>
        <translation>envoyée telle qu’enregistrée</translation>
    </message>
    <message>
        <source>sent redacted</source>
        <translation>envoyée caviardée</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Pièce jointe (%1)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>consent change sent</source>
        <translation>modification du consentement envoyée</translation>
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation>Le témoin a modifié son consentement après un paquet précédent.</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>Rien ne peut être envoyé avec ces choix.</translation>
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation>Préparation de l’aperçu</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation>Avant un nouvel entretien</translation>
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation>Votre coordinateur a envoyé un index des personnes ayant déjà eu un entretien (%1). Vérifiez si cette personne a peut-être déjà eu un entretien. Ce que vous saisissez ici n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation>Gouvernorat d’origine</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Commencer l’entretien</translation>
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation>Cette personne a peut-être déjà eu un entretien ; demandez à votre coordinateur avant de commencer.</translation>
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation>Introuvable dans l’index du %1. L’index ne connaît pas tout le monde : la vérification peut passer à côté.</translation>
    </message>
    <message>
        <source>Type at least the first name and the father&apos;s name.</source>
        <translation>Saisissez au moins le prénom et le nom du père.</translation>
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation>Il n’y a pas d’index des entretiens antérieurs sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard&apos;s buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation>Aucun consentement enregistré : rien de cet entretien ne peut sortir.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Le témoin a retiré son consentement.</translation>
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation>Le témoignage n’est pas encore finalisé : seul un témoignage finalisé est envoyé.</translation>
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation>Le témoin n’a pas consenti à : %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation>Aucune identité enregistrée.</translation>
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation>Un destinataire n’a pas de clé pour l’identité des témoins.</translation>
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation>L’identité est scellée pour une autre clé et ne peut pas être retransmise.</translation>
    </message>
    <message>
        <source>Photo of the witness&apos;s identity: it stays with the identity.</source>
        <translation>Photo de la pièce d’identité du témoin : elle reste avec l’identité.</translation>
    </message>
    <message>
        <source>Proof of consent may show the witness&apos;s name: sent only with consent to share the identity.</source>
        <translation>La preuve du consentement peut montrer le nom du témoin : envoyée seulement si le témoin a consenti au partage de son identité.</translation>
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation>Le fichier est absent de ce coffre-fort.</translation>
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation>Envoyée telle qu’enregistrée : le témoin a accepté de partager son identité.</translation>
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation>Envoyée en copie caviardée, sans noms, lieux ni détails d’appareil dans ses métadonnées.</translation>
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation>Seule une copie caviardée peut être envoyée, et aucune n’a pu être créée pour ce fichier.</translation>
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation>Le témoin a accepté, mais la clé pour l’identité des témoins n’est pas ouverte : ouvrez-la pour inclure l’identité.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation>À qui ce paquet est-il destiné ?</translation>
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation>Seules les clés auxquelles cet appareil fait confiance sont listées. Le paquet ne pourra être ouvert que par elles, et par personne d’autre.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient&apos;s key must support it)</source>
        <translation>Protéger contre les futurs ordinateurs quantiques (chiffrement post-quantique ; la clé de chaque destinataire doit le prendre en charge)</translation>
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator&apos;s key file first (Vault &gt; Keys and contacts).</source>
        <translation>Aucune clé de confiance pour l’instant. Faites d’abord confiance au fichier de clé de votre coordinateur (Coffre-fort &gt; Clés et contacts).</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation>Enregistreur</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>Enregistrer l’entretien</translation>
    </message>
    <message>
        <source>Go to Consent</source>
        <translation>Aller au consentement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Arrêter et sauvegarder</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>Note du repère</translation>
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation>Note pour un repère, p. ex. mentionne le centre de détention</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Ajouter un repère</translation>
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation>Repères de cet enregistrement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness&apos;s consent first; the recorder switches on when they agree to be recorded.</source>
        <translation>L’enregistrement est désactivé pour cet entretien : le consentement en vigueur ne couvre pas l’enregistrement audio (ou aucun consentement n’a encore été enregistré). Enregistrez d’abord le consentement du témoin ; l’enregistreur s’active dès qu’il accepte d’être enregistré.</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Microphone : %1</translation>
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation>(celui choisi dans les Paramètres n’est pas branché ; celui par défaut du système est utilisé)</translation>
    </message>
    <message>
        <source>Marked moment</source>
        <translation>Moment repéré</translation>
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation>Aucun son n’arrive du microphone. Vérifiez qu’il est branché et que le son n’est pas coupé.</translation>
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation>Sauvegardé dans le coffre-fort : %1 (%2). Il figure parmi les pièces jointes.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Sauvegarde...</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation>Enregistrements du formulaire de consentement</translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation>Les témoins qui ne savent pas lire, ou qui préfèrent écouter, entendent ces enregistrements en mode témoin. Enregistrez chaque partie dans chaque langue telle qu’elle est écrite, lentement et distinctement.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation>Joindre un fichier audio...</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation>aucun&#xa0;: une voix du système le lit, s’il y en a une</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation>le texte a changé depuis&#xa0;: enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation>Enregistrement en cours : lisez cette partie à voix haute telle qu’elle est écrite, puis appuyez sur Arrêter.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Fichier audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation>Enregistrement conservé.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation>Aucun microphone n’est branché : joignez plutôt un fichier audio.</translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation>Enregistrement retiré.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation>Enregistrement récupéré</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>L’afficher</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview&apos;s attachments.</source>
        <translation>Un enregistrement interrompu de %1 pour le témoin %2 a été récupéré jusqu’aux dernières secondes avant la fermeture de l’application. Il est sauvegardé avec les pièces jointes de cet entretien.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews&apos; attachments:</source>
        <translation>
            <numerusform>%n enregistrement interrompu a été récupéré jusqu’aux dernières secondes avant la fermeture de l’application. Il est sauvegardé avec les pièces jointes de son entretien :</numerusform>
            <numerusform>%n enregistrements interrompus ont été récupérés jusqu’aux dernières secondes avant la fermeture de l’application. Ils sont sauvegardés avec les pièces jointes de leurs entretiens :</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation>Témoin %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation>Que doit-il contenir ?</translation>
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness&apos;s consent allows; the next step shows exactly what.</source>
        <translation>Seul le témoignage finalisé est envoyé, et seulement ce que le consentement de chaque témoin autorise ; l’étape suivante montre exactement quoi.</translation>
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation>Tout ce qui a été finalisé ou modifié depuis le dernier paquet</translation>
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation>Tout ce dont le coordinateur n’a pas confirmé la réception</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation>Seulement les entretiens que je choisis</translation>
    </message>
    <message>
        <source>Interviews to send</source>
        <translation>Entretiens à envoyer</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation>Sceller le paquet</translation>
    </message>
    <message>
        <source>The file&apos;s name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation>Le nom et la taille du fichier ne disent rien de qui ou de ce qu’il contient. Transportez-le comme n’importe quel fichier.</translation>
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation>Dossier où écrire le paquet</translation>
    </message>
    <message>
        <source>Split into pieces</source>
        <translation>Découper en morceaux</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Un seul fichier</translation>
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation>Morceaux de 4 Go au plus (clés USB FAT32)</translation>
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation>Morceaux de 650 Mo au plus (CD)</translation>
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation>Morceaux de 100 Mo au plus (messageries)</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceller</translation>
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation>Annuler le scellement</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Progression du scellement</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation>Scellé : %1 entretien(s), %2 exclu(s), %3 modification(s) du consentement ; %4 au total.
Identifiant du paquet : %5</translation>
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation>Choisissez un dossier existant (par exemple une clé USB).</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Scellement...</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Extrait</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation>Quels témoignages</translation>
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation>Choisissez les témoignages comme dans la liste de l’archive. Le consentement décide ensuite lesquels peuvent partir.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>%n témoignage sélectionné.</numerusform>
            <numerusform>%n témoignages sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Comme la langue les écrit</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>Latins (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Arabes orientaux (%1)</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Jamais (déconseillé)</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Ne jamais me le rappeler</translation>
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation>Me rappeler de sauvegarder après des jours sans sauvegarde</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Configurer...</translation>
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation>Configurer la phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Recipients chosen in advance when sending</source>
        <translation>Destinataires présélectionnés lors de l’envoi</translation>
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation>La langue change lorsque vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Rappel de sauvegarde</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase secrète sous contrainte</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation>Définie : elle ouvre un coffre-fort leurre</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without a backup</source>
        <translation>
            <numerusform>après %n jour sans sauvegarde</numerusform>
            <numerusform>après %n jours sans sauvegarde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation>Parts de récupération</translation>
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation>Outre la clé de récupération, le coffre-fort peut être ouvert avec des parts écrites sur papier : un certain nombre d’entre elles réunies l’ouvrent, moins ne révèlent rien. Confiez chaque part à une personne de confiance différente, ou gardez-les en des lieux différents. Créer de nouvelles parts rend les anciennes inutilisables.</translation>
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation>Parts nécessaires pour ouvrir le coffre-fort</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>Parts à créer</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>Créer les parts</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation>Écrivez ces mots sur papier, dans l’ordre, avec leurs numéros. Vérifiez chacun. Personne d’autre ne doit voir l’écran.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l’ai noté</translation>
    </message>
    <message>
        <source>The word from your paper</source>
        <translation>Le mot de votre papier</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation>Ce n’est pas le mot %1. La part est de nouveau affichée : comparez-la à votre papier mot par mot.</translation>
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation>Part %1 sur %2</translation>
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation>La part %1 sur %2 est maintenant masquée. D’après votre papier, tapez le mot numéro %3.</translation>
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation>Terminé. N’importe quelles %1 des %2 parts ouvrent maintenant le coffre-fort ; les parts plus anciennes ne fonctionnent plus. Gardez les papiers à l’écart de cet ordinateur et les uns des autres.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Partout dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation>Enregistrement (onglet Pièces jointes)</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>Liste des pièces jointes</translation>
    </message>
    <message>
        <source>Coordinator&apos;s archive</source>
        <translation>Archive du coordinateur</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Graphe de la chaîne de commandement</translation>
    </message>
    <message>
        <source>Witness mode</source>
        <translation>Mode témoin</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Envoyer au coordinateur</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Commencer l’enregistrement</translation>
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation>Mettre en pause ou reprendre l’enregistrement</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>Ajouter un repère</translation>
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation>Retirer les pièces jointes choisies</translation>
    </message>
    <message>
        <source>Import packets</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Find in the archive</source>
        <translation>Rechercher dans l’archive</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Afficher l’archive</translation>
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation>Afficher les auteurs</translation>
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation>Afficher la chaîne de commandement</translation>
    </message>
    <message>
        <source>Show the devices</source>
        <translation>Afficher les appareils</translation>
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation>Afficher les témoins en double</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Afficher les statistiques</translation>
    </message>
    <message>
        <source>Show the case export</source>
        <translation>Afficher l’export de dossier</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation>Rendre la main à l’enquêteur (demande la phrase secrète)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation>Enregistrer tous les tableaux en CSV...</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Personnes nommées</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>Types de violation</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Type de violation</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Gouvernorats</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Gouvernorat</translation>
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation>Auteurs présumés par affiliation</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation>Auteurs présumés par unité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Victims by gender</source>
        <translation>Victimes par genre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>Victimes par tranche d’âge</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>spans more than one year</source>
        <translation>s’étend sur plus d’un an</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Comptage...</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>%n ligne de plus est dans le tableau.</numerusform>
            <numerusform>%n lignes de plus sont dans le tableau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>%n tableau enregistré dans %1.</numerusform>
            <numerusform>%n tableaux enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation>Barres plus claires : dates connues seulement à l’année, s’étendant sur plusieurs années ou manquantes ; valeurs non renseignées.</translation>
    </message>
    <message>
        <source>Save the tables in</source>
        <translation>Enregistrer les tableaux dans</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation>Enregistrer le graphique en PNG...</translation>
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation>Enregistrer le graphique en SVG...</translation>
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation>Enregistrer le tableau en CSV...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>Faible&#xa0;: facile à deviner.</translation>
    </message>
    <message>
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation>Moyenne, mais insuffisante : un attaquant déterminé pourrait la deviner.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Elle est trop courte.</translation>
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation>C’est un mot de passe courant, ou elle en contient un.</translation>
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation>Elle repose sur un mot courant ; un mot courant seul est facile à deviner.</translation>
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation>Elle contient un nom courant.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s.</source>
        <translation>Elle contient votre nom ou celui de votre organisation.</translation>
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation>Elle suit des touches voisines sur le clavier.</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>Elle répète des caractères ou des mots.</translation>
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation>Elle contient une suite simple comme abc ou 1234.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Elle contient une date ou une année.</translation>
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation>Quatre mots ou plus sans rapport entre eux, mais dont vous vous souvenez, font une phrase secrète robuste.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation>Ajouter une correction (nouvelle version)</translation>
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation>Récit du témoignage</translation>
    </message>
    <message>
        <source>The witness&apos;s account, in their words.</source>
        <translation>Le récit du témoin, avec ses propres mots.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>Versions et historique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation>Version %1, finalisée le %2. Elle ne peut plus être modifiée. Empreinte (SHA-256)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation>Brouillon de la version %1, qui corrige la version %2.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré le %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Faire confiance à une clé</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation>Demandez au propriétaire de la clé de vous lire ou de vous montrer son empreinte, en personne ou par un canal de confiance, et saisissez-la ici. La clé n’est ajoutée aux clés de confiance que si les deux correspondent.</translation>
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation>Empreinte telle que le propriétaire l’a donnée</translation>
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation>À qui appartient cette clé</translation>
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation>Notre propre organisation (coordinateur)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>Testimony Recorder</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the demo vault, with fictional data only. Its passphrase is: %1</source>
        <translation>Ceci est le coffre-fort de démonstration, avec des données fictives uniquement. Sa phrase secrète est : %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <source>Use recovery shares instead</source>
        <translation>Utiliser plutôt les parts de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Déverrouiller et définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Parts de récupération</translation>
    </message>
    <message>
        <source>Type each share&apos;s words, with an empty line between shares</source>
        <translation>Tapez les mots de chaque part, avec une ligne vide entre les parts</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre-fort.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>Les deux nouvelles phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation>Choisissez une nouvelle phrase secrète plus difficile à deviner : voyez les conseils en dessous.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation>Démarrer l’enregistrement</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Enregistrement en cours...</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation>Types de violation (cochez tous ceux qui s’appliquent)</translation>
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation>Ajouter un type de violation...</translation>
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation>Ajouter un type de violation absent de la liste</translation>
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Enregistrer un retrait du consentement</translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation>Le témoin retire son consentement. Choisissez ce qui est retiré&#xa0;; ce qui en dépend est retiré avec.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation>Seulement ces utilisations&#xa0;:</translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation>Joindre un scan ou un enregistrement (facultatif)...</translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation>Comment le témoin l’a exprimé</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation>Cochez au moins une utilisation, ou choisissez «&#xa0;Tout&#xa0;».</translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation>Scan ou enregistrement du retrait</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WitnessSection</name>
    <message>
        <source>The witness is known everywhere by this code, never by name.</source>
        <translation>Partout, le témoin est désigné par ce code, jamais par son nom.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation>Région d’origine (gouvernorat)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Région d’origine</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation>Mode témoin</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation>Quitter le mode témoin (phrase secrète du coffre-fort requise)</translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation>Aucun enregistrement de cette partie dans cette langue, et aucune voix de cet ordinateur ne parle cette langue. Lisez-la vous-même au témoin.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <source>Choose an interview from the list, or start a new one.</source>
        <translation>Choisissez un entretien dans la liste, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation>Reprendre là où vous en étiez&#x202f;?</translation>
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation>Testimony Recorder s’est arrêté alors que l’entretien avec le témoin %1 était ouvert. Tout ce qui avait été saisi jusqu’à quelques secondes avant a été enregistré. L’ouvrir maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness&apos;s own answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs the recorder, which is not available on this device yet.</source>
        <extracomment>A Signature (drawn) or FileArtefact (scan), or None when cleared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
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
        <source>Role in an incident removed</source>
        <translation>Rôle dans un incident supprimé</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>Lien de commandement ajouté</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Lien de commandement supprimé</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
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
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation type="unfinished"></translation>
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
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation type="unfinished"></translation>
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
    <name>IdentityBox</name>
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
        <source>Kept apart from the testimony and never searched. Revealing it is recorded in the custody log.</source>
        <translation>Conservée à part du témoignage et jamais incluse dans les recherches. Chaque affichage est consigné dans le journal de traçabilité.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Aucune identité enregistrée. Ne l’enregistrez que si le témoin l’a accepté, et seulement ce qui est nécessaire.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <extracomment>An interview was loaded and shown (sections added from outside listen to this).</extracomment>
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
    <message>
        <source>Finalize the testimony?</source>
        <translation>Finaliser le témoignage&#x202f;?</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.

Finalize it now?</source>
        <translation>La finalisation fige ce témoignage en tant qu’élément de preuve&#xa0;: personne ne pourra plus le modifier, et son empreinte (un hachage SHA-256) est inscrite dans le journal de traçabilité. Les corrections ultérieures deviendront de nouvelles versions liées à celle-ci.

Le finaliser maintenant&#x202f;?</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <extracomment>The person chose another interface language (the app rebuilds its windows).</extracomment>
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
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre ou commande de Testimony Recorder. Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n’y a pas de coffre-fort à l’emplacement %1.</translation>
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
        <source>The disk is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>Le disque est plein. Cette étape n’a pas été enregistrée&#x202f;; libérez de l’espace, puis réessayez. Tout ce qui a été enregistré auparavant est en sécurité.</translation>
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
        <source>Some of this information is not valid: %1</source>
        <translation>Certaines de ces informations ne sont pas valides&#xa0;: %1</translation>
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
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>Une erreur s’est produite (%1). Rien d’inachevé n’a été conservé. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>Testimony Recorder</translation>
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
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording here needs the recorder, which is not available on this device yet. Attach a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation type="unfinished"></translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
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
        <source>Fair: a determined attacker could guess it.</source>
        <translation>Moyenne&#xa0;: un attaquant déterminé pourrait la deviner.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Use at least 8 characters; longer is much better.</source>
        <translation>Utilisez au moins 8 caractères&#x202f;; plus elle est longue, mieux c’est.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple runs like 1234.</source>
        <translation>Évitez les caractères répétés et les suites simples comme 1234.</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>Plusieurs mots sans rapport entre eux, mais dont vous vous souvenez, font une phrase secrète robuste.</translation>
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
        <source>Choose a new passphrase of at least 8 characters.</source>
        <translation>Choisissez une nouvelle phrase secrète d’au moins 8 caractères.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <extracomment>Long enough to say a few sentences; the recorder stops by itself after it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording failed. Record again, or choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <extracomment>Confirmation methods offered until the recorder can capture a spoken consent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished">Enquêteur</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
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
        <source>Choose an interview on the left, or start a new one.</source>
        <translation>Choisissez un entretien dans la liste à gauche, ou commencez-en un nouveau.</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation>Derbarê Testimony Recorder de</translation>
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation>Testimony Recorder, guhertoya %1</translation>
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation>Sepaneke bê înternet ji bo tomarkirina şahidiyê: her tişt di kasayeke şîfrekirî de li ser vê komputerê dimîne, û sepan qet bi înternetê ve girê nabe. Li hember çi diparêze, û çawa:</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>Nîşeyên ewlehiyê</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cîhaz</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Dîrokên bûyeran</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Hatine anîn</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Guherto</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(paşvekişandî)</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ev kasa</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 heta %2</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation>Di hemû şahidiyan de bigere (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Li arşîvê bigere</translation>
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation>Şahidiyên di arşîvê de</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Encamên lêgerînê</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n şahidî</numerusform>
            <numerusform>%n şahidî</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n şahidî li hev tê</numerusform>
            <numerusform>%n şahidî li hev tên</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation>Arşîv</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Faîl</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Zincîra fermandariyê</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cîhaz</translation>
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation>Şahidên dubare</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statîstîk</translation>
    </message>
    <message>
        <source>Case export</source>
        <translation>Derxistina dosyayê</translation>
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation>Rûpelên koordînator</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 hêj ne amade ye.</translation>
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation>&amp;Pakêtan bîne...</translation>
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation>Di arşîvê de &amp;bigere</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Şopa dijîtal a SHA-256</translation>
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation>Metadataya di pelê de</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nirx</translation>
    </message>
    <message>
        <source>May identify</source>
        <translation>Dibe ku nas bide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mezinahî</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hat zêdekirin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dirêjahî</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation>Pêvekekê hilbijêre da ku hûrguliyên wê bibînî.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation>Pêvekên vê hevpeyvînê</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mezinahî</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hat zêdekirin</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>May identify someone</source>
        <translation>Dibe ku kesekî nas bide</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Kopiya reşkirî</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Audio</source>
        <translation>Deng</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Wêne</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vîdyo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Yên din</translation>
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table (&quot;location, a name&quot;).</extracomment>
        <translation>cih</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>navek</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>hûrguliyên cîhazê</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>şîrove</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>telefon an e-name</translation>
    </message>
    <message>
        <source>an embedded picture</source>
        <translation>wêneyekî bicîkirî</translation>
    </message>
    <message>
        <source>hidden metadata</source>
        <translation>metadataya veşartî</translation>
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation>Cihekî tomar dike (koordînat an navê cihekî); ew ji kopiyên parvekirî tê rakirin.</translation>
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation>Navê kesekî dide (hunermend, nivîskar an xwedî); nav ji kopiyên parvekirî tê rakirin.</translation>
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation>Cîhaza ku ew çêkiriye nas dide (marqe, model an jimareya rêzê); ev ji kopiyên parvekirî tê rakirin.</translation>
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation>Şîrove an danasînan dihewîne; ew ji kopiyên parvekirî tên rakirin.</translation>
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation>Jimareyeke telefonê an navnîşaneke e-nameyê dihewîne; ew ji kopiyên parvekirî tê rakirin.</translation>
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation>Wêneyekî bicîkirî (wek wêneya bergê) dihewîne; ew ji kopiyên parvekirî tê rakirin.</translation>
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation>Blokên metadatayê yên ku naveroka wan nayê xwendin dihewîne; ew ji kopiyên parvekirî tên rakirin, an jî kopî nayên çêkirin.</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Kopiya reşkirî</translation>
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation>Ev kopiyeke reşkirî ye: metadataya ku dibe kesekî nas bide hat rakirin, deng an wêne bi xwe nehatiye guhertin. Ev kopiya ku tê parvekirin e.</translation>
    </message>
    <message>
        <source>Nothing in this file&apos;s metadata looks identifying.</source>
        <translation>Di metadataya vî pelî de tiştekî ku kesekî nas bide xuya nake.</translation>
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation>Ev wêne koordînatên GPS (cihê ku lê hatiye kişandin) dihewîne; ew ji kopiyên parvekirî tên rakirin.</translation>
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation>Orîjînal tam wek ku hatibû wergirtin dimîne, wek delîl.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hat çêkirin</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>Hêj nehatiye çêkirin</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ne pêwîst e</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation>Pêvek</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Pêvek tune ne.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation>Ev cureyê pelê di nav sepanê de nayê nîşandan.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation>Pelan zêde bike...</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>An pelan berde ser vê beşê</translation>
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation>Kopiya reşkirî çêke</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Derxe...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Jê bibe...</translation>
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation>Hêj pêvek tune. Pelan zêde bike, wan berde vir, an hevpeyvînê tomar bike. Pel dema ku tên zêdekirin tên şîfrekirin.</translation>
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation>Pelan li vê hevpeyvînê zêde bike</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>%n pel hat zêdekirin û şîfrekirin.</numerusform>
            <numerusform>%n pel hatin zêdekirin û şîfrekirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>%n ji wan metadatayê dihewîne ku dibe kesekî nas bide; li hişyariyê binêre.</numerusform>
            <numerusform>%n ji wan metadatayê dihewînin ku dibe kesekî nas bide; li hişyariyê binêre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>%n pel tê zêdekirin...</numerusform>
            <numerusform>%n pel tên zêdekirin...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation>Kopiya reşkirî hat çêkirin: %1</translation>
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation>Kopiyeke reşkirî tê çêkirin...</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation>Pelê derxistî NE şîfrekirî ye: her kesê ku bigihîje wî (an dîska ku ew li ser e) dikare wî veke. Wî tenê heta ku pêwîst be bihêle û paşê jê bibe.</translation>
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation>Ev orîjînal metadatayê dihewîne ku dibe kesekî nas bide (%1). Ji bo parvekirinê, li şûna wî kopiya wî ya reşkirî derxe.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Kopiyeke neşîfrekirî were derxistin?</translation>
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation>Cihê tomarkirinê hilbijêre...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 derxe</translation>
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation>Bê şîfre bo %1 hat derxistin.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Tê derxistin...</translation>
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation>%1 were jêbirin?

Mifteya wî tê tunekirin: pel êdî qet nayê vekirin, ne ji vê kasayê û ne ji tu kopiyeke wê ya yedek. Ev nayê paşvegerandin.</translation>
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation>Kopiya wî ya reşkirî jî, heke hebe, tê jêbirin.</translation>
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation>Pêvek were jêbirin?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation>%1 hat jêbirin; mifteya wî hat tunekirin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>%n pel nehat zêdekirin. Pelên din hatin zêdekirin.</numerusform>
            <numerusform>%n pel nehatin zêdekirin. Pelên din hatin zêdekirin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Hin pel nehatin zêdekirin</translation>
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation>Van pelan kontrol bike (ma ew temam in? ma ew deng, wêne, vîdyo an PDF in?), paşê wan dîsa zêde bike.</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation>Ji bo hevpeyvînkar</translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation>Wergêrekî devkî alîkarî kir</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Navê wergêrê devkî</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>Zimanê wergerandinê</translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness&apos;s own answers.</source>
        <translation>Ez, %1, piştrast dikim ku min her pirs bi zimanê şahid jê re xwend an jî şirove kir, min dem da şahid ku pirsan bike û red bike, û ev bersivên şahid bi xwe ne.</translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation>Razîbûnê tomar bike</translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation>Şahid bi vî awayî piştrast kir: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Yedeka kasayê çêke</translation>
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation>Yedek tevahiya kasayê, şîfrekirî, dihewîne. Ew tenê bi mifteya vegerandinê vedibe: wê ji mifteya vegerandinê cuda biparêze, bo nimûne li ser flaşekê li cihekî din.</translation>
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation>Pelê ku yedek lê bê nivîsandin</translation>
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation>Tenê tiştên ku ji yedeka dawî ve guherîne (zûtir e; lê vegerandin wê demê yedekên berê jî dixwaze)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Yedek çêke</translation>
    </message>
    <message>
        <source>Check a backup...</source>
        <translation>Yedekekê kontrol bike...</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Pelê yedekê</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Hêj yedeka vê kasayê nehatiye çêkirin.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Yedeka dawî: %1.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Yedek li ku bê nivîsandin</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Hilbijêre ka yedek li ku bê nivîsandin.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Yedek tê çêkirin...</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>Yedekeke tevahî</translation>
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation>Yedeka tiştên guherî</translation>
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation>%1 li %2 hat nivîsandin (%3).</translation>
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation>Yedeka dawî: niha.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation>Dema yedekê ye</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation>Yedeka vê kasayê qet nehatiye çêkirin. Heke ev laptop winda bibe, were desteserkirin an xera bibe, yedek tenê kopiya tiştên ku hêj nehatine şandin e.</translation>
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation>Yedeka dawî %1 hat çêkirin. Tiştên ku ji wê demê ve hatine tomarkirin tenê li ser vê laptopê ne.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Niha yedek çêke</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Paşê</translation>
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation>%1 êdî ne li wir e. Peldankê an flaşê kontrol bike, paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation>%1 nehat xwendin (%2). Wî dîsa kopî bike, paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Hatine anîn</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Berê hebû</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hat redkirin</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hat betalkirin</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Dest pê nekiriye</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baş</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Xerab</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nehatiye kontrolkirin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nû, %2 nûkirî, %3 neguherî</translation>
    </message>
    <message>
        <source>%1 older than held</source>
        <translation>%1 ji yên heyî kevntir</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>razîbûn hat paşvekişandin</translation>
    </message>
    <message>
        <source>consent restored</source>
        <translation>razîbûn hat vegerandin</translation>
    </message>
    <message>
        <source>identity destroyed</source>
        <translation>nasname hat tunekirin</translation>
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation>pêvek hat tunekirin</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>razîbûn hat tomarkirin</translation>
    </message>
    <message>
        <source>interview not held here</source>
        <translation>hevpeyvîn li vir tune</translation>
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation>Pakêta %1 ya vê cîhazê negihîştiye.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation>Pakêtên %1 heta %2 yên vê cîhazê negihîştine.</translation>
    </message>
    <message>
        <source>This device&apos;s custody log no longer extends what it sent before.</source>
        <translation>Tomara çavdêriyê ya vê cîhazê êdî berdewamiya tiştê ku berê şandiye nîne.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>%n pakêt hat anîn</numerusform>
            <numerusform>%n pakêt hatin anîn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n berê hebû</numerusform>
            <numerusform>%n berê hebûn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n hat redkirin</numerusform>
            <numerusform>%n hatin redkirin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n nehat anîn (betalkirî)</numerusform>
            <numerusform>%n nehatin anîn (betalkirî)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation>Anîn hat betalkirin. Tiştên ku hatibûn anîn dimînin; ji bo anîna yên mayî dîsa bide destpêkirin.</translation>
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation>%1: pakêta %2 kêm e.</translation>
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation>%1: pakêtên %2 heta %3 kêm in.</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation>Ji bo kê</translation>
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation>Şahidiyek tenê diçe dezgehekê ku şahidê wê razî bûye wê pê re parve bike.</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Dezgeha wergir</translation>
    </message>
    <message>
        <source>Include the witnesses&apos; identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation>Nasnameyên şahidan li cihê ku razî bûne tê de bike (mifteya nasnameyên şahidan vedike; her yek di tomara çavdêriyê de tê nivîsandin)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Ev rêxistin</translation>
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation>Derxistina dosyayê</translation>
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation>Şahidiyan radestî dezgeheke lêpirsînê bike: razîbûn, ji bo her şahidî û her nasnameyê, biryar dide ka çi dikare biçe.</translation>
    </message>
    <message>
        <source>Start a case export...</source>
        <translation>Derxistina dosyayê bide destpêkirin...</translation>
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation>Derxistina dosyayê</translation>
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation>Dosyaya derxistî binivîse</translation>
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation>Peldankek (neşîfrekirî)</translation>
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation>Pelekî zip (neşîfrekirî)</translation>
    </message>
    <message>
        <source>An encrypted file for the investigator&apos;s key</source>
        <translation>Pelekî şîfrekirî ji bo mifteya lêkolîner</translation>
    </message>
    <message>
        <source>The investigator&apos;s key</source>
        <translation>Mifteya lêkolîner</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Zimanê raporan</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Binivîse</translation>
    </message>
    <message>
        <source>Cancel writing</source>
        <translation>Nivîsandinê betal bike</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Pêşveçûna nivîsandinê</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Teşe</translation>
    </message>
    <message>
        <source>Investigator&apos;s key</source>
        <translation>Mifteya lêkolîner</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Rapor bi zimanê</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Binivîse li</translation>
    </message>
    <message>
        <source>Sealed to the investigator&apos;s key: nothing readable is written.</source>
        <translation>Ji bo mifteya lêkolîner hatiye mohrkirin: tiştekî xwendbar nayê nivîsandin.</translation>
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation>Ev şahidiyê NEŞÎFREKIRÎ li cihê ku tu hilbijêrî dinivîse: wê li ser bîrgeheke şîfrekirî biparêze û piştî radestkirinê jê bibe.</translation>
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation>Peldanka ku derxistin lê bê nivîsandin</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Hilbijêre ka derxistin li ku bê nivîsandin.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Tê nivîsandin...</translation>
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation>Hat nivîsandin: %1, li cihê li jêr.
SHA256SUMS: %2
Bi vê kontrol bike: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation>Ew neşîfrekirî ye: wê li ser bîrgeheke şîfrekirî biparêze.</translation>
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation>Ji bo %1 hat mohrkirin: tiştekî xwendbar nehat nivîsandin.</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation>Tiştê ku dê biçe kontrol bike</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>Heta gava dawî tiştek nayê nivîsandin.</translation>
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation>Naveroka derxistina dosyayê</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>diçe</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Şahidiya qetîkirî, %n guherto</numerusform>
            <numerusform>Şahidiya qetîkirî, %n guherto</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Nasname</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>dimîne</translation>
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation>Şahid razî bû ku wê bi vê dezgehê re parve bike.</translation>
    </message>
    <message>
        <source>goes as recorded</source>
        <translation>wek ku hatiye tomarkirin diçe</translation>
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation>wek kopiya reşkirî diçe</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Pêvek (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>%1 ji %n şahidiya hilbijartî dikarin biçin; %2 medya.</numerusform>
            <numerusform>%1 ji %n şahidiyên hilbijartî dikarin biçin; %2 medya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation>Şahid razî nebûn ku tu ji van şahidiyan bi vê dezgehê re parve bikin.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation>Şahidî %1</translation>
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation>Derxistina dosyayê ji bo %1, di %2 de hatiye çêkirin</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>ev rêxistin</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Tomara hevpeyvînê</translation>
    </message>
    <message>
        <source>Witness and interview</source>
        <translation>Şahid û hevpeyvîn</translation>
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation>Nasnameya şahid</translation>
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation>Şahid razî bû ku nasnameya xwe bi vê dezgehê re parve bike.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Navên din</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dîroka jidayikbûnê</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Belgeyên nasnameyê</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Navnîşan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Koma temenê</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Herêma eslî</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>Dîroka hevpeyvînê</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Cihê hevpeyvînê</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation>Li ser cîhazê hat tomarkirin</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation>Guherto %1, di %2 de hat qetîkirin</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurte</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Li ku</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation>Kes û rolên wan</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Kesên navkirî</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Girêdan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yekîne</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rutbe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozîsyon</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Wekî din tê gotin</translation>
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation>Zincîra fermandariyê wek ku hatiye vegotin</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Pelên medyayê</translation>
    </message>
    <message>
        <source>original as recorded</source>
        <translation>orîjînal wek ku hatiye tomarkirin</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>kopiya reşkirî</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Hash (SHA-256)</translation>
    </message>
    <message>
        <source>Record as imported</source>
        <translation>Tomar wek ku hatiye anîn</translation>
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation>Guhertoya şahidiyê %1</translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation>Şopa çavdêriyê</translation>
    </message>
    <message>
        <source>recording device</source>
        <translation>cîhaza tomarkirinê</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arşîv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Pel</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Teşe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mezinahî</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dem</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ji aliyê</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Çalakî</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Tomar</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation>Yekîne</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Bûyer ji</translation>
    </message>
    <message>
        <source>Incidents to</source>
        <translation>Bûyer heta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Nîşan bide</translation>
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation>&amp;SVG derxe...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>&amp;PNG derxe...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Heta</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Grafîka zincîra fermandariyê</translation>
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation>Şahidiyên ku girêdana hilbijartî piştrast dikin</translation>
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation>Tîra domdar: fermandarî kir. Tîra xal-xalî: endamê yekîneyekê. Hejmara li ser tîrê: çend şahidî wisa dibêjin; tîr çiqas stûrtir be, ewqas bêtir şahid.</translation>
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation>Zincîra fermandariyê tê xwendin...</translation>
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation>Ji bo vê hilbijartinê di arşîvê de tu girêdana fermandariyê tune.</translation>
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation>%1 girêdanên herî piştgirîkirî ji %2 têne nîşandan. Ji bo dîtina yên din yekîneyek an dîrokan hilbijêre.</translation>
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation>%1 fermandarê %2 bû</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 li %2</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Şahid %1</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Wek SVG derxe</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Wêneyên SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Wek PNG derxe</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Wêneyên PNG (*.png)</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Zincîra fermandariyê</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Yedekekê kontrol bike</translation>
    </message>
    <message>
        <source>Backup file to check</source>
        <translation>Pelê yedekê yê ku bê kontrolkirin</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mifteya vegerandinê</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol bike</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Pelê yedekê</translation>
    </message>
    <message>
        <source>Backup to check</source>
        <translation>Yedeka ku bê kontrolkirin</translation>
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation>Yedek tê xwendin...</translation>
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation>Yedeka ku %1 hatiye çêkirin saxlem e, û bi vê mifteya vegerandinê vedibe.</translation>
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation>Girêdanên fermandariyê: kê ferman da kê</translation>
    </message>
    <message>
        <source>Command links between persons</source>
        <translation>Girêdanên fermandariyê di navbera kesan de</translation>
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation>Fermandar (ferman dida)</translation>
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation>Têkilî (hilbijêre an binivîse)</translation>
    </message>
    <message>
        <source>gave orders to</source>
        <translation>ferman da</translation>
    </message>
    <message>
        <source>commanded</source>
        <translation>fermandar bû li ser</translation>
    </message>
    <message>
        <source>was the superior of</source>
        <translation>berpirsê jorîn bû ji bo</translation>
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation>Bindest (ferman werdigirt)</translation>
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation>Kengê (mînak Nîsan 2013)</translation>
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation>mînak Nîsan 2013</translation>
    </message>
    <message>
        <source>How the witness knows</source>
        <translation>Şahid çawa dizane</translation>
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation>mînak guh li fermanan bû; jê re hat gotin; nîşan</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Girêdanê zêde bike</translation>
    </message>
    <message>
        <source>Add this command link</source>
        <translation>Vê girêdana fermandariyê zêde bike</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Girêdanê rake</translation>
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation>Girêdana fermandariyê ya hilbijartî rake</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kî</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengê</translation>
    </message>
    <message>
        <source>How known</source>
        <translation>Çawa tê zanîn</translation>
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
        <translation>Çawa tê zanîn: %1</translation>
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation>Pêşî her du kesan zêde bike (li jor).</translation>
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation>Du kesên cuda hilbijêre: kes ji xwe re ferman nade.</translation>
    </message>
    <message>
        <source>Say how they were linked, for example &quot;gave orders to&quot;.</source>
        <translation>Bêje ka ew çawa girêdayî bûn, mînak «ferman da».</translation>
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation>Ev girêdan berê hatiye tomarkirin; ji bo guhertinê pêşî wê rake.</translation>
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation>Cureyê binpêkirinê</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Hemû binpêkirin</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Any governorate</source>
        <translation>Her parêzgeh</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Bûyer ji</translation>
    </message>
    <message>
        <source>Incidents until</source>
        <translation>Bûyer heta</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Dikare were parvekirin bi</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Her dezgeh</translation>
    </message>
    <message>
        <source>Testimonies with</source>
        <translation>Şahidiyên bi</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Dîrokên bûyeran</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Parvekirî bi</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM an YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation>Ji bo tomarkirina razîbûna devkî mîkrofonek pêwîst e: yekê girê bide, paşê moda şahid dîsa veke.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation>Wêneya forma îmzekirî pêve bike...</translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation>Wêneya forma razîbûnê ya îmzekirî</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Wêneyên skankirî (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>pel pir mezin e</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nayê xwendin: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Hat pêvekirin: %1</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation>Tomarên razîbûnê</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Awayê piştrastkirinê</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>Piştrastker</translation>
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation>Bersivên tomara hilbijartî</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bikaranîn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Bersiv</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Berê</translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation>Razîbûnê di moda şahid de bistîne...</translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation>Paşvekişandinê tomar bike...</translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation>Kurteya li ser kaxezê ji bo şahid...</translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation>Hêj tu razîbûn nehatiye tomarkirin. Tiştek ji vê hevpeyvînê nayê derxistin, û tomarkera deng girtî dimîne heta ku şahid bi tomarkirina dengê xwe razî bibe.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>destûr heye</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>destûr tune</translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation>Razîbûna derbasdar: %1, %2 (%3). Tomarkirina deng: %4.</translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation>Kaxez dikare şahid bixe xeterê</translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation>Kaxezek ku li cem şahid were dîtin, li xaleke kontrolê an li malê, dikare nîşan bide ku şahid bi te re axiviye. Tu nav li ser tune ye, tenê jimareya referansê %1. Wê tenê pêşkêş bike heke şahid bixwaze û bikaribe bi ewlehî biparêze.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Kurteyê wek PDF tomar bike</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF nehat tomarkirin: %1</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation>Hatiye dayîn</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Hatiye guhertin</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Hatiye paşvekişandin</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>îmze</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>nîşan</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>devkî</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>forma li ser kaxezê</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>erê</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nehatiye pirsîn</translation>
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation>Razîbûn nehat tomarkirin: bersiv li gorî formê nayên. Vegere rûpela venêrînê û her bersivê kontrol bike.</translation>
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation>Razîbûna vê hevpeyvînê li cihekî din hat guhertin dema ku ev form vekirî bû. Tiştek nehat tomarkirin; moda şahid bigire û dîsa veke.</translation>
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation>Ev pel ne wêneyek, PDF an pelekî dengî yê ku tê piştgirîkirin e. Tiştek nehat tomarkirin.</translation>
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation>Ji bo vê hevpeyvînê hêj tu razîbûn nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation>Şahid berê hemû razîbûna xwe paşve kişandiye.</translation>
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation>Ev forma razîbûnê bi wî zimanî tune ye.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n şahidî</numerusform>
            <numerusform>%n şahidî</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n şahid</numerusform>
            <numerusform>%n şahid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n hevpeyvînkar</numerusform>
            <numerusform>%n hevpeyvînkar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n bûyer</numerusform>
            <numerusform>%n bûyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s) named</source>
        <translation>
            <numerusform>%n qurbaniya navkirî</numerusform>
            <numerusform>%n qurbaniyên navkirî</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n pel</numerusform>
            <numerusform>%n pel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Interview created</source>
        <translation>Hevpeyvîn hat afirandin</translation>
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation>Hevpeyvîn ji pelekê hat zêdekirin</translation>
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation>Hevpeyvîn ji pakêtekê hat anîn</translation>
    </message>
    <message>
        <source>Interview details changed</source>
        <translation>Hûrguliyên hevpeyvînê hatin guhertin</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Kasa hat afirandin</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Hevoka nepenî hat guhertin</translation>
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation>Beşên vegerandinê hatin çêkirin</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Mîheng hatin guhertin</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Yedek hat çêkirin</translation>
    </message>
    <message>
        <source>Device keys created</source>
        <translation>Mifteyên cîhazê hatin afirandin</translation>
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation>Mifteya nasnameyên şahidan hat rakirin</translation>
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation>Mifte bû pêbawer (cîhaz hat qeydkirin)</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Mifte hat pûçkirin</translation>
    </message>
    <message>
        <source>Linkage key created</source>
        <translation>Mifteya girêdanê hat afirandin</translation>
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation>Şopên dijîtal ji nasnameyên mohrkirî hatin hesabkirin</translation>
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation>Mifteya girêdanê ji cîhazekê re hat dayîn</translation>
    </message>
    <message>
        <source>Linkage key received</source>
        <translation>Mifteya girêdanê hat wergirtin</translation>
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation>Pêrista hevpeyvînên berê hat dayîn</translation>
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation>Pêrista hevpeyvînên berê hat wergirtin</translation>
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation>Pêrista hevpeyvînên berê hat rakirin</translation>
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation>Hevpeyvîn ji pakêtekê hat nûkirin</translation>
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation>Hevpeyvîn di pakêtekê de hat şandin</translation>
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation>Hevpeyvîn hat girtin: razîbûn hat paşvekişandin</translation>
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation>Hevpeyvîn ji nû ve hat vekirin: razîbûn dîsa hat dayîn</translation>
    </message>
    <message>
        <source>Interview purged</source>
        <translation>Hevpeyvîn hat paqijkirin</translation>
    </message>
    <message>
        <source>Witness added</source>
        <translation>Şahid hat zêdekirin</translation>
    </message>
    <message>
        <source>Witness details changed</source>
        <translation>Hûrguliyên şahid hatin guhertin</translation>
    </message>
    <message>
        <source>Testimony started</source>
        <translation>Şahidî dest pê kir</translation>
    </message>
    <message>
        <source>Testimony saved</source>
        <translation>Şahidî hat tomarkirin</translation>
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation>Şahidî hat qetîkirin</translation>
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation>Rastkirin dest pê kir (guhertoya nû)</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Bûyer hat zêdekirin</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Bûyer hat guhertin</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Bûyer hat rakirin</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Kes hat zêdekirin</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Agahiyên kesî hatin guhertin</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Kes hat rakirin</translation>
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation>Rolek di bûyerekê de hat zêdekirin</translation>
    </message>
    <message>
        <source>Role in an incident changed</source>
        <translation>Rolek di bûyerekê de hat guhertin</translation>
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation>Rolek di bûyerekê de hat rakirin</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>Girêdana fermandariyê hat zêdekirin</translation>
    </message>
    <message>
        <source>Command link changed</source>
        <translation>Girêdana fermandariyê hat guhertin</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Girêdana fermandariyê hat rakirin</translation>
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation>Cureyekî binpêkirinê li lîsteyê hat zêdekirin</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation>Şahidên ku dibe dubare bin hatin nîşankirin</translation>
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation>Tomarên faîlan hatin yekkirin</translation>
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation>Yekkirina faîlan hat betalkirin</translation>
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation>Nasnameya şahid hat tomarkirin</translation>
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation>Nasnameya şahid hat guhertin</translation>
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation>Nasnameya şahid hat mohrkirin</translation>
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation>Nasnameya mohrkirî di pakêtekê de hat şandin</translation>
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation>Nasnameya mohrkirî hat wergirtin</translation>
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation>Nasnameya şahid hat nîşandan</translation>
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation>Nasnameya şahid hat tunekirin</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pêvek hat zêdekirin</translation>
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation>Pêvek ji pakêtekê hat anîn</translation>
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation>Kopiyeke reşkirî hat çêkirin</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Pêvek hat jêbirin</translation>
    </message>
    <message>
        <source>Attachment destroyed</source>
        <translation>Pêvek hat tunekirin</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>Pêvek hat derxistin</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Tomarkirina deng dest pê kir</translation>
    </message>
    <message>
        <source>Recording saved</source>
        <translation>Tomara deng hat parastin</translation>
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation>Tomara deng a qutbûyî hat vegerandin</translation>
    </message>
    <message>
        <source>Recording discarded</source>
        <translation>Tomara deng hat avêtin</translation>
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation>Tomara deng a qutbûyî nehat parastin</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Razîbûn hat tomarkirin</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Razîbûn hat dayîn</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Razîbûn hat guhertin</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Razîbûn hat paşvekişandin</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation>Guhertina razîbûnê hat wergirtin</translation>
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation>Tomara razîbûna devkî hat pêvekirin</translation>
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation>Tomara razîbûna devkî hat rakirin</translation>
    </message>
    <message>
        <source>Accountability body added</source>
        <translation>Dezgeha lêpirsînê hat zêdekirin</translation>
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation>Dezgeha lêpirsînê hat çalakkirin</translation>
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation>Dezgeha lêpirsînê hat neçalakkirin</translation>
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation>Guhertina razîbûnê di pakêtekê de hat şandin</translation>
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation>Guhertina razîbûnê ji pakêtekê hat anîn</translation>
    </message>
    <message>
        <source>Packet sealed</source>
        <translation>Pakêt hat mohrkirin</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Pakêt hat anîn</translation>
    </message>
    <message>
        <source>Sender&apos;s custody history changed</source>
        <translation>Tomara çavdêriyê ya şander guherî</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Belgeya wergirtinê hat dayîn</translation>
    </message>
    <message>
        <source>Receipt received</source>
        <translation>Belgeya wergirtinê hat wergirtin</translation>
    </message>
    <message>
        <source>Included in a case export</source>
        <translation>Di derxistina dosyayekê de cih girt</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <source>Every change is recorded here and chained by its hash, so a later alteration can be detected.</source>
        <translation>Her guhertin li vir tê tomarkirin û bi şopa xwe ya dijîtal bi ya berê ve tê girêdan, ji ber vê yekê guhertineke paşê dikare were dîtin.</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Tomara çavdêriyê</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengê</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kî</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çi</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Şopa dijîtal a naverokê</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>Koordînator piştrast kir ku %n hevpeyvîn gihîşt.</numerusform>
            <numerusform>Koordînator piştrast kir ku %n hevpeyvîn gihîştin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>%n hevpeyvîn ji vê cîhazê hat paqijkirin.</numerusform>
            <numerusform>%n hevpeyvîn ji vê cîhazê hatin paqijkirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>%n pakêt hat anîn.</numerusform>
            <numerusform>%n pakêt hatin anîn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>Belgeya wergirtinê ya koordînator hilbijêre</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>Ev belgeya wergirtinê berê hatibû anîn; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Belgeya wergirtinê</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Paqijkirin</translation>
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation>Tu materyalê gihîştî li benda paqijkirinê nîne.</translation>
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device&apos;s copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation>Koordînator piştrast kir ku %1 hevpeyvîn gihîştine: %2.

Paqijkirin kopiya vê cîhazê bi temamî tune dike (mifteyên wan tên tunekirin), ji ber vê yekê tiştek ji wan li ser vê komputerê nayê dîtin. Tenê tomarek dimîne ku ew hatine gihandin. Niha paqij bike?</translation>
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation>Pakêtên ku bên anîn hilbijêre</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Anîn</translation>
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation>Tê kontrolkirin û anîn...</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Destpêk</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Dawî</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Cihê hevpeyvînê</translation>
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation>Ziman (kod, bi bêhnokê veqetandî)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Wergêrê devkî</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Kesên din ên amade</translation>
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation>Şandina bo xizmetên piştgiriyê hat pêşniyarkirin</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>Têbiniyên şandinê</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>Soza şopandinê hat dayîn</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dîroka şopandinê</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Têbiniyên şopandinê</translation>
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation>Şert û mercên hevpeyvînê</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Şert û merc</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nehatiye diyarkirin</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Şopa dijîtal</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>Pakêta yekem</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>Pakêta dawî</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Jimara dawî</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Jimarên kêm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Cîhazên qeydkirî</translation>
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation>Cîhazekê &amp;qeyd bike...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Pûç bike...</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 heta %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Di %1 de hat pûçkirin</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Qeydkirî</translation>
    </message>
    <message>
        <source>The device&apos;s key file</source>
        <translation>Pelê mifteya cîhazê</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Cîhazê pûç bike</translation>
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation>%1 were pûçkirin? Her tiştê ku berê jê hatiye anîn dimîne; pakêtên wê yên nû dê bên redkirin.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Pûç bike</translation>
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation>Sedem (bi cîhazê re tê parastin):</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment&apos;s content</source>
        <translation>Naveroka pêvekê</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Nivîsa pelê</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Rûpel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>%n rûpelê din nehat nîşandan.</numerusform>
            <numerusform>%n rûpelên din nehatin nîşandan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation>nav</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>navê yekem</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>navê bav</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>sala jidayikbûnê</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>parêzgeh</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>heman kes</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>du kesên cuda</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Şahidên ku dibe dubare bin</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation>Şahidên ku dibe ku du caran bi wan re hevpeyvîn hatibe kirin; ew bi berhevkirina şopên dijîtal ên ku bi mifteyeke nepenî hatine çêkirin hatin dîtin. Nav nayên nîşandan.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Şahidên ku dibe dubare bin</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pûana wekheviyê</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>Qadên ku li hev tên</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Şander</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Biryar</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Tu dubarebûneke muhtemel tune.</translation>
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation>Şopên wan ên dijîtal hesab bike</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Heman kes</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Du kesên cuda</translation>
    </message>
    <message>
        <source>Show names...</source>
        <translation>Navan nîşan bide...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Nû bike</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>%n şahid hêj nayê berhevkirin: nasnameya wî li ser laptopeke bê mifteya girêdanê hat mohrkirin. Şopa wî ya dijîtal li vir bi mifteya nasnameyên şahidan dikare bê hesabkirin; tu nav nayê nîşandan.</numerusform>
            <numerusform>%n şahid hêj nayên berhevkirin: nasnameya wan li ser laptopeke bê mifteya girêdanê hat mohrkirin. Şopên wan ên dijîtal li vir bi mifteya nasnameyên şahidan dikarin bên hesabkirin; tu nav nayê nîşandan.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ev kasa</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 û %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tune</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Navan nîşan bide</translation>
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation>Ev navên %1 û %2 nîşan dide. Ji bo vê mifteya nasnameyên şahidan pêwîst e, û her nîşandan di tomara çavdêriyê de tê nivîsandin.</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>tu nasname nehatiye tomarkirin</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Hevoka nepenî ya bi zorê</translation>
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation>Heke tu neçar bimînî vê laptopê vekî, li şûna hevoka xwe ya nepenî hevoka nepenî ya bi zorê binivîse. Ew kasayeke xapînok vedike: kasayeke rastîn a ku dixebite, bi çend hevpeyvînên bêzerar. Li ser dîskê kasayeke bi hevoka nepenî ya bi zorê wek kasayeke bêyî wê xuya dike.</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Hevoka nepenî ya bi zorê dîsa</translation>
    </message>
    <message>
        <source>Typing it also destroys this vault&apos;s keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation>Nivîsandina wê mifteyên vê kasayê jî tune dike, wek jêbirina awarte. Ev nayê paşvegerandin, û piştre tiştek nîşan nade ku ev qewimiye.</translation>
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation>Çend hevpeyvîn li ser beşdarbûna dibistanê (hundirîn)</translation>
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation>Hevpeyvîn ji pelekî ku rêxistina te daye te</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Pelekî hilbijêre...</translation>
    </message>
    <message>
        <source>Making the decoy</source>
        <translation>Kasaya xapînok tê çêkirin</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Hevoka nepenî ya bi zorê diyar bike</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Rake</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Dîsa</translation>
    </message>
    <message>
        <source>Decoy content</source>
        <translation>Naveroka xapînok</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Tu hevoka nepenî ya bi zorê nehatiye diyarkirin.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault&apos;s keys.</source>
        <translation>Hevoka nepenî ya bi zorê hatiye diyarkirin (ji %1 ve); nivîsandina wê mifteyên vê kasayê jî tune dike.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation>Hevoka nepenî ya bi zorê hatiye diyarkirin (ji %1 ve); nivîsandina wê tenê kasaya xapînok vedike.</translation>
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation>Hevpeyvînên xapînok</translation>
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation>Hevpeyvînên JSON (*.json)</translation>
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation>Her du hevokên nepenî yên bi zorê ne wek hev in.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>Hevokeke nepenî ya bi zorê ya herî kêm 8 tîpan hilbijêre.</translation>
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation>Pelê ku hevpeyvînên xapînok tê de ne hilbijêre.</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Hevoka nepenî ya bi zorê rake</translation>
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation>Hevoka nepenî ya bi zorê û kasaya wê ya xapînok dê nemînin.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rake</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Hat tomarkirin.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Hat rakirin.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Cîhazekê qeyd bike</translation>
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device&apos;s fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation>Ji hevpeyvînkar bixwaze ku şopa dijîtal a cîhazê ji te re bixwîne an nîşanî te bide, rû bi rû an bi rêyeke ku tu pê bawer dikî, û li vir binivîse. Cîhaz tenê heke her du li hev bên tê qeydkirin.</translation>
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation>Şopa dijîtal wek ku hevpeyvînkar da</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Qeyd bike</translation>
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation>Ji moda şahid derkeve</translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation>Hevpeyvînkar: ji bo ku ji moda şahid derkevî, hevoka nepenî ya kasayê binivîse.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Pêşî hevoka nepenî binivîse.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Tê kontrolkirin...</translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation>Hevoka nepenî şaş e. Moda şahid vekirî dimîne.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation>Şahidiyê ji koordînator re bişîne</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>Hemû pel (*)</translation>
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation>Pelên mifteyê (*.key *.json)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation>Hilbijêre...</translation>
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pelên JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation>Hevpeyvînekê bîne (JSON)</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Razîbûneke li ser kaxezê tomar bike</translation>
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation>Pêşî hevpeyvîna ku razîbûna li ser kaxezê jê re ye veke.</translation>
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation>Tomara razîbûnê (JSON)</translation>
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation>Wêneya forma îmzekirî</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Wêneyên skankirî (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation>Cîhaz</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Cureyê binpêkirinê</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Dikare were parvekirin bi</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Guherto</translation>
    </message>
    <message>
        <source>Never corrected</source>
        <translation>Qet nehatiye rastkirin</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Hatiye rastkirin</translation>
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation>Hevpeyvînkar, beşek ji navê</translation>
    </message>
    <message>
        <source>Place or governorate</source>
        <translation>Cih an parêzgeh</translation>
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation>Faîlê îdiakirî an yekîne</translation>
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation>Bûyer ji (sal, sal-meh an dîrok)</translation>
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation>Bûyer heta (sal, sal-meh an dîrok)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Faîl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Heta</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Parvekirî bi</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Hemû</translation>
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation>Ji bo vê hevpeyvînê tu razîbûn nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Şahid razîbûna xwe paşve kişand.</translation>
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation>Nivîsa şahidiyê tune ye.</translation>
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation>Kurteya şahidiyê tune ye.</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>Tu bûyer nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>%n incident(s) without a title (&quot;Untitled incident&quot;).</source>
        <translation>Bûyerên bê sernav («Bûyera bê sernav»): %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation>Bûyerên bê dîrok: %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation>Bûyerên bê binpêkirin: %n.</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation>Qetîkirin vê şahidiyê wek delîl dicemidîne: piştre kes nikare wê biguherîne, û şopa wê ya dijîtal (haşeke SHA-256) di tomara çavdêriyê de tê nivîsandin. Rastkirinên paşê dibin guhertoyên nû yên bi vê ve girêdayî.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Hêj kêm e:</translation>
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation>Niha were qetîkirin?</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>Şahidî were qetîkirin?</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Qetî bike</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Hêj na</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation>koordînator</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>hevpeyvînkar</translation>
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation>Mifteya %1 (%2) li %3</translation>
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation>Mifteya %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation>Şopa dijîtal</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Testimony Recorder</source>
        <translation>Bi xêr hatî Testimony Recorder</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation>Her tiştê ku tu tomar dikî di kasayeke şîfrekirî de li ser vê komputerê tê parastin. Tenê hevoka te ya nepenî, an mifteya vegerandinê ya ku tu yê binivîsî, dikare wê veke. Sepan qet bi înternetê ve girê nabe.</translation>
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation>Navê te an koda te ya hevpeyvînkariyê</translation>
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation>mînak: Hevpeyvînkar 7</translation>
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation>Ew bi her tiştê ku tu tomar dikî re di tomara çavdêriyê de tê nivîsandin. Kod ji navê te yê rastîn ewletir e.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Your name or code</source>
        <translation>Nav an koda te</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Hevokeke nepenî hilbijêre</translation>
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation>Her carê ku tu kasayê vekî, tu yê wê binivîsî. Bila dirêj be û tenê tu wê bizanibî. Heke komputer ji te were standin, ev hevoka nepenî ye ku kesên ku ji te bawer kirine diparêze.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hevoka nepenî</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Hevoka nepenî dîsa</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Kasayê biafirîne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Dîsa</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Her du hevokên nepenî ne wek hev in.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation>Kasa tê afirandin. Ev çend çirkeyan digire: sepan hêza vê komputerê dipîve da ku êrîşkirina li ser hevoka nepenî bi qasî ku dibe dijwar bike.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Kasa tê afirandin</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Mifteya xwe ya vegerandinê binivîse</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation>Heke tu hevoka nepenî ji bîr bikî, ev mifte tenê riya vekirina kasayê ye. Niha wê li ser kaxezekê binivîse û kaxezê li cihekî ewle, dûrî vê komputerê, biparêze: her kesê ku ev kaxez bikeve destê wî dikare kasayê veke. Ew ê careke din neyê nîşandan.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mifteya vegerandinê</translation>
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation>Min mifte li ser kaxezê nivîsand</translation>
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation>Koma dawî ya mifteya vegerandinê</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dest pê bike</translation>
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation>Ji bo kontrolê, çar nîşanên wê yên dawî binivîse</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 B</source>
        <extracomment>Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase is translated so a language can put the unit first or use its own abbreviation.</extracomment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>date not known</source>
        <translation>dîrok nayê zanîn</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>di navbera %1 û %2 de</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>nêzîkî %1</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation>Dîrok çiqas rast tê zanîn</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Di rojekê de</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Di mehekê de</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>Di salekê de</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Di navbera du dîrokan de</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>Bi texmînî</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>and</source>
        <translation>heta</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Dawiya demê</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ji</translation>
    </message>
    <message>
        <source>around</source>
        <translation>nêzîkî</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Destpêka demê</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Wiha tê xwendin: %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>Dawiya demê: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Dem berî destpêka xwe diqede.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Rêbera bikarhêner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Rêbera bikarhêner</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kurteriyên klavyeyê</translation>
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation>&amp;Derbarê Testimony Recorder de</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation>Guherto û dîrok</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Guhertoyên tomarkirî</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Nivîsa guhertoya hilbijartî</translation>
    </message>
    <message>
        <source>finalized %1</source>
        <translation>qetîkirî: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>reşnivîs</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Guherto %1 (%2)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>tomarkirî: %1</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation>Vegotin</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurte</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Cihê dîtinê</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Perçe</translation>
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
        <translation>navê tam</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>navên din</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dîroka jidayikbûnê</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>belgeyên nasnameyê</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>navnîşan</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>wêne</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>têbînî</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Nasnameya parastî</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>Nasnameyê nîşan bide</translation>
    </message>
    <message>
        <source>Shows the witness&apos;s name and contact details; this is recorded in the custody log</source>
        <translation>Nav û agahiyên têkiliyê yên şahid nîşan dide; ev di tomara çavdêriyê de tê nivîsandin</translation>
    </message>
    <message>
        <source>Seal identities now</source>
        <translation>Niha nasnameyan mohr bike</translation>
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation>Her nasnameya ku hêj li ser vê cîhazê tê xwendin ji bo mifteya nasnameyên şahidan mohr dike</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Navê tam</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>Navên din, bi bêhnokê veqetandî</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dîroka jidayikbûnê</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Navnîşan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Nasnameyê tomar bike</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Veşêre</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Navên din</translation>
    </message>
    <message>
        <source>Enter identity</source>
        <translation>Nasnameyê binivîse</translation>
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation>Dîsa binivîse (cihê wê digire)</translation>
    </message>
    <message>
        <source>Sealed on %1 to the organisation&apos;s witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation>Di %1 de ji bo mifteya nasnameyên şahidan a rêxistinê hat mohrkirin: ev cîhaz nikare wê bixwîne, kî wê veke jî.</translation>
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation>Li ser vê cîhazê tê xwendin: berî ku mifteya nasnameyên şahidan were qeydkirin hat tomarkirin. Niha wê mohr bike, da ku kesê ku vê cîhazê veke nikaribe wê bixwîne.</translation>
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator&apos;s key file (Keys and contacts); identities can then be sealed.</source>
        <translation>Li ser vê cîhazê tê xwendin, û ji bo her kesê ku hevoka wê ya nepenî bi zorê bistîne: hêj tu mifteya nasnameyên şahidan nehatiye qeydkirin. Bi pelê mifteya koordînatorê xwe bawer bike (Mifte û têkilî); paşê nasname dikarin bên mohrkirin.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>Hatine dagirtin: %1.</translation>
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation>Dema tu wê tomar bikî dê were mohrkirin: piştre ev cîhaz tenê nîşan dide ka kîjan qad hatine dagirtin.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation>Tu mifteya nasnameyên şahidan nehatiye qeydkirin: heta ku were mohrkirin dê li ser vê cîhazê bê xwendin.</translation>
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation>Tomarkirin cihê nasnameyê digire; paşê heke mifteya nasnameyên şahidan qeydkirî be, tê mohrkirin.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Tu nasname nehatiye tomarkirin. Tenê heke şahid razî bûbe wê tomar bike, û tenê tiştê pêwîst.</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation>Mifteya nasnameyên şahidan</translation>
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation>Nasname ji bo mifteya nasnameyên şahidan hatine mohrkirin. Wê ji vê kasayê veke, an ji pelê mifteyê yê ku karmendên parastinê diparêzin.</translation>
    </message>
    <message>
        <source>From this vault</source>
        <translation>Ji vê kasayê</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>Ji pelekî...</translation>
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation>Pelê mifteya nasnameyên şahidan</translation>
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation>Sedema nîşandana nasnameyê</translation>
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation>Çima divê tu bizanî ev şahid kî ye? Sedem û dem di tomara çavdêriyê de tên nivîsandin.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nav: %1</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Navên din: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Jidayikbûn: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Navnîşan: %1</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>Nasnameya şahid</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation>Pakêtan bîne</translation>
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation>Peldankekê (wek flaşekê) an pelên pakêtan hilbijêre, an wan li vir berde. Pakêtên parçekirî (.001, .002...) tên gihandin hev, û her pakêt berî ku tiştek jê bê parastin tê kontrolkirin.</translation>
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation>Peldank û pelên ku bên anîn</translation>
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation>&amp;Peldankekê hilbijêre...</translation>
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation>P&amp;elan hilbijêre...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Bîne</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Pêşveçûna anînê</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Packets in this import</source>
        <translation>Pakêtên di vê anînê de</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Pakêt</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Şander</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Îmze</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Consent changes</source>
        <translation>Guhertinên razîbûnê</translation>
    </message>
    <message>
        <source>Reason or warning</source>
        <translation>Sedem an hişyarî</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurte</translation>
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation>Wek JSON &amp;tomar bike...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>Folder with packets</source>
        <translation>Peldanka bi pakêtan</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Pelên pakêtan</translation>
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation>Li pakêtan tê gerîn...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Tê betalkirin...</translation>
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation>Pakêt %1 ji %2: %3 (%4 ji %5 MB)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Qediya.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Hat betalkirin.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Rapora anînê tomar bike</translation>
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
        <translation>Pakêta %1 ji %2 (cîhaza %3)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Berê di %1 de hatibû anîn; tiştek nehat guhertin.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>%n hevpeyvîn hat anîn.</numerusform>
            <numerusform>%n hevpeyvîn hatin anîn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Hişyarî: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation>Sernavê bûyerê</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Çi qewimî</translation>
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation>Çi qewimî, wekî şahid got.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sernav</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Li ku</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Kî têde hebû</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hêj nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation>Hat tomarkirin, ji bilî danasînê: ji %1 tîpan dirêjtir e.</translation>
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation>Hat tomarkirin, ji bilî dîrok an cih: pirsgirêka li jor binêre.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Hat tomarkirin</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nehat tomarkirin</translation>
    </message>
    <message>
        <source>Add a violation type</source>
        <translation>Cureyekî binpêkirinê zêde bike</translation>
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation>Navê cureyê binpêkirinê, wekî divê di lîsteyê de xuya bibe:</translation>
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation>Ev nav pir dirêj e (herî zêde %1 tîp).</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation>Bûyerên vê hevpeyvînê</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengê</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation>Sernavê bûyereke nû</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>Bûyera nû: sernav</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Bûyerê zêde bike</translation>
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation>Bûyerekê bi vî sernavî zêde bike</translation>
    </message>
    <message>
        <source>Remove incident...</source>
        <translation>Bûyerê rake...</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>Bûyera hilbijartî rake</translation>
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation>Hêj bûyer tune. Li jor sernavê ya yekem binivîse û Enter bitikîne.</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Bûyera bê sernav</translation>
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation>Bûyer were rakirin?</translation>
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation>Bûyera %1, bi rolên di wê de tomarkirî re, were rakirin? Rakirin di tomara çavdêriyê de tê nivîsandin.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <translation>Şahidiyê qetî bike...</translation>
    </message>
    <message>
        <source>Interview sections</source>
        <translation>Beşên hevpeyvînê</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Hevpeyvîn</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Tomara çavdêriyê</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Şahid %1</translation>
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation>Hevpeyvîn (%1), hêj şahidî tune ye</translation>
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation>Hevpeyvîn (%1), şahidî qetîkirî ye</translation>
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation>Hevpeyvîn (%1), şahidî reşnivîs e</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>dîroka nenas</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Binpêkirin</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Qetîkirî</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Reşnivîs</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Dest pê nekiriye</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (guherto %2)</translation>
    </message>
    <message>
        <source>%1, delivered</source>
        <translation>%1, gihîşt</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, hat şandin</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation>Di şahidî, bûyer, cih û faîlan de bigere</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Lêgerîn</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Li gorî rewşê parzûn bike</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hemû rewş</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Reşnivîs</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Qetîkirî</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Dest pê nekirî</translation>
    </message>
    <message>
        <source>Filter by violation</source>
        <translation>Li gorî binpêkirinê parzûn bike</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Hemû binpêkirin</translation>
    </message>
    <message>
        <source>Filter by date of the interview</source>
        <translation>Li gorî dîroka hevpeyvînê parzûn bike</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Hemû dîrok</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 rojên dawî</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 rojên dawî</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 mehên dawî</translation>
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation>Li gorî gihandinê parzûn bike</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>Hemû rewşên şandinê</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Hêj nehatine şandin</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Hatine şandin, nehatine piştrastkirin</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Gihîştî</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Hevpeyvîn</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n hevpeyvîn</numerusform>
            <numerusform>%n hevpeyvîn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>%n hevpeyvîn hat dîtin</numerusform>
            <numerusform>%n hevpeyvîn hatin dîtin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation>Ji lîsteyê şahidiyekê hilbijêre.</translation>
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation>&amp;Nasnameyê nîşan bide...</translation>
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation>Beşên hevpeyvînê</translation>
    </message>
    <message>
        <source>Testimony versions</source>
        <translation>Guhertoyên şahidiyê</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pêvek</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Dîroka razîbûnê</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Razîbûn</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(bûyera bê sernav)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(bê nav)</translation>
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation>Kesê bênav</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation>erê</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation>Şahid %1, %2 di %3 de hevpeyvîn pê re kir</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Şahid razîbûna xwe paşve kişand.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>qetîkirî</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>reşnivîs</translation>
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation>Guherto %1 (%2) %3</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Kurte:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dîrok: %1</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>Binpêkirin: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Cih: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Nasnav</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Girêdan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yekîne</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rutbe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozîsyon</translation>
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation>Di bin fermandariya %1 de</translation>
    </message>
    <message>
        <source>Commanded %1</source>
        <translation>Fermandarê %1 bû</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(girtî)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The witness&apos;s consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation>Razîbûna şahid destûrê nade vê rêxistinê ku vî pelî bi kar bîne, ji ber vê yekê ew girtî dimîne.</translation>
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation>Razîbûn tenê destûrê dide ku kopiyeke reşkirî ya vî pelî bê bikaranîn, û li vir tune ye, ji ber vê yekê ew girtî dimîne.</translation>
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation>Kopiya wê ya reşkirî tê nîşandan: razîbûn tenê destûrê dide ku kopiyên reşkirî bên bikaranîn.</translation>
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation>Kopiyeke reşkirî: metadataya ku nas dide berî şandinê hat rakirin.</translation>
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation>Orîjînal, wek ku hat tomarkirin: razîbûn destûrê dide bikaranîna wê.</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>kopiya reşkirî</translation>
    </message>
    <message>
        <source>original</source>
        <translation>orîjînal</translation>
    </message>
    <message>
        <source>given</source>
        <translation>hatiye dayîn</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>hatiye guhertin</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>hatiye paşvekişandin</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 di %2 de (%3)</translation>
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation>%1: şahidî %2, nasname %3, deng %4</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  ji aliyê %3</translation>
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation>Di vê kasayê de hatiye nivîsandin, nehatiye anîn.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Cîhaz: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Şopa dijîtal: %1</translation>
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation>Îmze: bi mifteya cîhaza qeydkirî hatiye piştrastkirin</translation>
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation>Ev cîhaz ji wê demê ve hatiye pûçkirin.</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>Pakêt:</translation>
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation>  jimar %1, mohrkirî %2, anîn %3, nasname %4</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>SHA-256 ya tomarê: %1</translation>
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation>Şopa çavdêriyê li ser cîhazê:</translation>
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation>Şopa çavdêriyê di vê arşîvê de:</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation>Kesên di vê bûyerê de, bi rolên wan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation>Kes (hilbijêre, an navê kesekî nû binivîse)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>Navekî hilbijêre an binivîse</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>Rol di vê bûyerê de</translation>
    </message>
    <message>
        <source>Notes on this role</source>
        <translation>Têbînî li ser vî rolî</translation>
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation>mînak ji lêpirsîner re got ka çi bipirse</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolê zêde bike</translation>
    </message>
    <message>
        <source>Add this person&apos;s role in the incident</source>
        <translation>Rolê vî kesî di bûyerê de zêde bike</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolê rake</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>Rola hilbijartî rake</translation>
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation>%1 (faîlê îdiakirî)</translation>
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation>Kesekî hilbijêre, an navê yekî nû binivîse.</translation>
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation>%1 jixwe di vê bûyerê de xwedî vî rolî ye.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation>Pêşveçûn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Vî karî betal bike</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Tê betalkirin...</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>Mifte û têkilî</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation>Şopa dijîtal a vê cîhazê. Dema ku kesek bi mifteya te bawer dike, wê jê re bixwîne an nîşan bide:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Şopa dijîtal a vê cîhazê</translation>
    </message>
    <message>
        <source>Save my key file...</source>
        <translation>Pelê mifteya min tomar bike...</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Mifteyên pêbawer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Rêxistin</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Şopa dijîtal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation>Bi pelê mifteyekê bawer bike...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>Pûç bike...</translation>
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation>Mifteyên ku ev cîhaz pê bawer dike</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>pûçkirî: %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>pêbawer</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordînator</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Save my key file</source>
        <translation>Pelê mifteya min tomar bike</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>Pelê mifteyê hat tomarkirin</translation>
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation>Pelê mifteyê giştî ye: dikare bi her rêyekê biçe. Her kesê ku pê bawer dike divê şopa wê ya dijîtal bi te re kontrol bike.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Pelê mifteyekê hilbijêre</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Mifteyekê pûç bike</translation>
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation>Êdî tu pakêt ji vê mifteyê re nayê şandin, û tu pakêt ji wê nayê qebûlkirin. Çima? (ji bo tomara çavdêriyê)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation>Zimanê navrûyê</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Let the witness choose the language of the consent form.</source>
        <translation>Bila şahid bi xwe zimanê forma razîbûnê hilbijêre.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Asta dengê tê</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Deng tune</translation>
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation>Pir bilind, nêzîkî xirabûnê</translation>
    </message>
    <message>
        <source>Good level</source>
        <translation>Asta baş</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Nizm</translation>
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
        <translation>%1 - DEMO, daneyên xeyalî</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kasa</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>Hevpeyvîna &amp;nû</translation>
    </message>
    <message>
        <source>&amp;Import an interview (JSON)...</source>
        <translation>Hevpeyvînekê &amp;bîne (JSON)...</translation>
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation>Razîbûneke li ser kaxezê t&amp;omar bike...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Bigere...</translation>
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation>Ji &amp;koordînator re bişîne...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>&amp;Belgeya wergirtinê bîne...</translation>
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation>Materyalên gihîştî pa&amp;qij bike...</translation>
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation>Mi&amp;fte û têkilî...</translation>
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation>&amp;Tomarên forma razîbûnê...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Yedek çêke...</translation>
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation>Beşên &amp;vegerandinê...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Mîheng...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ki&amp;lît bike</translation>
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation>Jêbirina &amp;awarte...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Derkeve</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arşîv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Alîkarî</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Jêbirina awarte</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation>Ev yekser mifteyên kasayê tune dike. Êdî tiştekî di wê de qet nayê vekirin, ne bi hevoka nepenî û ne jî bi mifteya vegerandinê. Materyalên ku berê gihîştine koordînator li cem wan ewle ne.

Kasa: %1</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Niha jê bibe</translation>
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation>Kasa hat jêbirin. Sepan niha tê girtin.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Ev hevoka nepenî vê kasayê venake. Zimanê klavyeyê û Caps Lockê kontrol bike, paşê dîsa biceribîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>Ev mifteya vegerandinê vê kasayê venake. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation>Di vê mifteya vegerandinê de xeletiyeke nivîsandinê heye: tîpên wê yên kontrolê li hev nayên. Her komê bi mifteya çapkirî re berhev bike, paşê wê dîsa binivîse.</translation>
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>Ev kasa jixwe di pencereyeke din a Testimony Recorder an di fermanekê de vekirî ye. Li wir bigire, paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Li %1 tu kasa tune ye.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation>Li %1 jixwe kasayek heye, û ew wek xwe hat hiştin. Wê veke, an ji bo kasaya nû peldankeke din hilbijêre.</translation>
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation>Pelê mifteyên vê kasayê winda ye: an kasa hatiye jêbirin, an jî pel hatiye jêbirin. Bê wî pelî kasa nayê vekirin. Heke kopiyeke te ya yedek hebe, pelê mifteyan ji wê vegerîne.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation>Pelê mifteyan %1 xera bûye. Wî ji kopiyeke yedek vegerîne. Kasa bi xwe nehatiye guhertin.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation>Danegeha kasayê %1 xera bûye an nayê xwendin. Wê ji kopiyeke yedek vegerîne; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation>Ev kasa bi guhertoyeke nûtir a Testimony Recorder hatiye nivîsandin. Sepanê nû bike; kasa nehatiye guhertin.</translation>
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation>Nûkirina kasayê bi ser neket, ji ber vê yekê ew tam wek berê hat hiştin. Ji kerema xwe vê pirsgirêkê ragihîne.</translation>
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>Ev şahidî qetîkirî ye û nayê guhertin. Li şûna wê rastkirinekê zêde bike: ew dibe guhertoyeke nû.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>Ev tişt êdî tune ye; dibe ku hatibe rakirin.</translation>
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation>%1 li gel zêdetirî tiştekî li hev tê. Zêdetir tîpên ID-ya wê binivîse, paşê dîsa biceribîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation>Girêdana fermandariyê du kesên cuda dixwaze: kes ji xwe re ferman nade. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation>Ev berê hatiye tomarkirin, ji ber vê tiştek nehat zêdekirin.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation>%1 vala ye (0 bayt), ji ber vê yekê tiştek nehat hilanîn. Kontrol bike ka ew pelê rast e, an wê dîsa ji çavkaniya wê kopî bike.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation>%1 ne cureyekî pelê ye ku Testimony Recorder dikare hilîne, ji ber vê yekê tiştek nehat hilanîn. Ew van qebûl dike: deng (WAV, FLAC, MP3, AAC, Ogg, M4A), vîdyo (MP4, MOV, 3GP), wêne (JPEG, PNG, WebP), PDF û nivîsa sade.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation>%1 ne temam e: dibe ku dema kopîkirinê qut bûbe, ji ber vê yekê tiştek nehat hilanîn. Wê dîsa ji çavkaniya wê kopî bike, paşê dîsa zêde bike.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Kasa kilîtkirî ye. Ji bo berdewamkirinê wê veke.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation>Hat betalkirin. Tiştekî nîvco nehat hilanîn.</translation>
    </message>
    <message>
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation>%1 wek cureyê pelê ku îdia dike nayê xwendin, ji ber vê yekê tiştek nehat hilanîn. Ji bo kontrolê wî li ser cîhaza ku jê hatiye veke, paşê dîsa kopî bike.</translation>
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation>%1 ne ew pel e ku dihat hêvîkirin (şopa wî ya dijîtal cuda ye), ji ber vê yekê tiştek nehat hilanîn.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault&apos;s media folder from a backup.</source>
        <translation>Pelekî hilanî xera bûye an hatiye guhertin, ji ber vê yekê nayê vekirin. Tomar û şopa wê ya dijîtal sax in; peldanka medyayê ya kasayê ji kopiyeke yedek vegerîne.</translation>
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation>Ji %1 kopiyeke parvekirinê bê hûrguliyên nasker nehat çêkirin. Orîjînal nehatiye guhertin; pel nayê parvekirin.</translation>
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 ji bo ku di nav sepanê de bê lêdan pir mezin e. Ew bi ewlehî di kasayê de dimîne; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation>Tomarkirin ji ber pirsgirêkeke mîkrofonê an dîskê rawestiya. Her tiştê ku heta wê demê hatibû tomarkirin hat parastin.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation>Tu mîkrofon nehat dîtin. Yekê girê bide (an di Mîhengê de hilbijêre), paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation>Ev pel delîla tomareke razîbûnê ye, ji ber vê yekê nayê jêbirin.</translation>
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness&apos;s consent first.</source>
        <translation>Ji bo vê hevpeyvînê tu razîbûn nehatiye tomarkirin, ji ber vê yekê tiştek jê nikare ji vê cîhazê derkeve. Pêşî razîbûna şahid bistîne.</translation>
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation>Şahid razîbûna xwe ya ji bo vê hevpeyvînê paşve kişand.</translation>
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation>Şahid bi tomarkirina deng razî nebû, ji ber vê yekê tomarker ji bo vê hevpeyvînê girtî ye.</translation>
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation>Ev razîbûn li dû razîbûna derbasdar nayê (di vê navberê de hatiye guhertin). Hevpeyvînê dîsa veke û gavê dubare bike.</translation>
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation>Gavên razîbûnê bi rêzê nehatin temamkirin. Ji gava yekem dîsa dest pê bike.</translation>
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation>Nivîsa razîbûnê ya bi vî zimanî di vê sazkirinê de tune ye. Zimanekî din hilbijêre an sepanê ji nû ve saz bike.</translation>
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation>Nivîsa razîbûnê ya vê sazkirinê xera bûye. Sepanê ji nû ve saz bike.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation>Şopa dijîtal a ku te nivîsî li gel vî pelê mifteyê li hev nayê. Mifte NEBÛ pêbawer. Bi xwediyê wê re rû bi rû kontrol bike: dibe ku kesekî pel guhertibe.</translation>
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation>Ev mifte berê hatibû pûçkirin; careke din nabe pêbawer.</translation>
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation>Tu mifteyeke pêbawer li gel %1 li hev nayê.</translation>
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation>Zêdetirî mifteyeke pêbawer li gel %1 li hev tê. Zêdetir ji şopa dijîtal binivîse.</translation>
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation>Ev dezgeh ne di nav wan dezgehan de ye ku forma razîbûnê li ser wan dipirse, ji ber vê yekê razîbûn qet nikare destûra parvekirinê bi wê re bide.</translation>
    </message>
    <message>
        <source>That is this device&apos;s own key; it does not need to be trusted.</source>
        <translation>Ev mifteya vê cîhazê bi xwe ye; ne pêwîst e ku pê bawer bibî.</translation>
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation>Ev kasa mifteya taybet a ji bo wê pêwîst nahewîne.</translation>
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation>Di vê kasayê de mifteya nasnameyên şahidan tune.</translation>
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation>Herî kêm wergirekî pêbawer hilbijêre.</translation>
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation>Nikare ji %1 re bê şandin: di pelê mifteya wê de mifteyeke pêwîst kêm e. Pelekî mifteyê yê nû bixwaze û dîsa pê bawer bike.</translation>
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation>Tiştek ji bo şandinê tune: ji pakêta dawî ve tu hevpeyvîneke qetîkirî ne nû ye û ne hatiye guhertin.</translation>
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation>Piştî pêşdîtinê tiştek guherî. Vegere û pêşdîtinê dîsa kontrol bike.</translation>
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation>Pakêt dê pir mezin be. Her carê kêmtir hevpeyvînan bişîne.</translation>
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation>Pelekî hilanî li gel tomara xwe li hev nayê, ji ber vê yekê pakêt nehat nivîsandin. Tiştek nehat şandin.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>Dîska ku %1 li ser e tije ye. Ev gav nehat tomarkirin; hinek cih vala bike û dîsa biceribîne. Her tiştê ku berê hatiye tomarkirin ewle ye.</translation>
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation>Hin ji van agahiyan ne derbasdar in, ji ber vê yekê nehatin tomarkirin. Tiştê ku te nivîsî kontrol bike, paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 ji bo ku di nav sepanê de bê nîşandan pir mezin e. Ew bi ewlehî di kasayê de dimîne; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation>%1 nehat nîşandan: xera bûye, an ji cureyekê ye ku sepan nikare nîşan bide. Ew wek ku hat di kasayê de dimîne; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation>Mîkrofona %1 nehat dîtin. Kontrol bike ka ew girêdayî ye, an di Mîhengê de yekê din hilbijêre.</translation>
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation>Ev razîbûn nayê tomarkirin: bersiv li gorî forma razîbûnê nayên. Vegere rûpela venêrînê û her bersivê kontrol bike.</translation>
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation>Delîla razîbûnê nehat qebûlkirin: divê ew wêne, PDF an pelekî dengî yê vê hevpeyvînê be, ne vala be, ne pir mezin be, û ne delîla razîbûneke din be. Tiştek nehat tomarkirin.</translation>
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation>%1 ne pelekî mifteyê yê derbasdar e, an xera bûye. Tu tişt nebû pêbawer; ji xwediyê wî kopiyeke nû bixwaze.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation>Mifteya %1 hatiye pûçkirin, ji ber vê yekê tiştek jê re nayê şandin. Wergirekî din hilbijêre.</translation>
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>Pelê mifteyê yê %1 nikare şîfrekirina post-kuantûmê bistîne. Ji xwediyê wî pelekî mifteyê yê nû bixwaze, an bê şîfrekirina post-kuantûmê bişîne.</translation>
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>Mifteya nasnameyên şahidan a %1 nikare şîfrekirina post-kuantûmê bistîne. Ji xwediyê wê pelekî mifteyê yê nû bixwaze, an bê şîfrekirina post-kuantûmê bişîne.</translation>
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation>Gavên derxistinê ne bi rêzê hatin avêtin. Derxistinê bigire û ji nû ve dest pê bike; tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation>Dema ku pakêt dihat mohrkirin, hevpeyvînek hat jêbirin, an guhertoya wê ya dawî ji nû ve hat vekirin. Tiştek nehat nivîsandin; vegere û pêşdîtinê dîsa kontrol bike.</translation>
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation>Pelekî vê hevpeyvînê ji 8 GiB mezintir e, ango ji ya ku pakêtek dikare hilgire zêdetir e, ji ber vê yekê tiştek nehat nivîsandin. Ji koordînatorê xwe bipirse ka tu wê çawa bigihînî.</translation>
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation>%1 nayê xwendin (dibe ku hatibe guhastin, an pir mezin be). Tiştek nehat guhertin; pelê dîsa hilbijêre.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation>%1 nayê nivîsandin. Tiştek nehat nivîsandin; cihekî din hilbijêre an hinek cih vala bike.</translation>
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation>Ev mezinahiya parçeyan nayê bikaranîn.</translation>
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation>Li wir jixwe pelek bi vî navî heye; tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation>Ev pel ne pakêteke Testimony Recorder e.</translation>
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation>Ev pakêt ne temam e: qut bûye, dibe ku dema kopîkirinê. Wê dîsa ji orîjînalê kopî bike.</translation>
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation>Ev pakêt piştî mohrkirinê hatiye guhertin an xera bûye. Wê bi kar neyne; ji şander kopiyeke nû bixwaze. Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation>Ev pakêt ne ji bo vê kasayê hatiye şandin. Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation>Parçeyek ji vê pakêtê winda ye. Hemû parçeyan (.001, .002, ...) têxe heman peldankê û dîsa biceribîne.</translation>
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation>Ev pakêt nayê xwendin. Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender&apos;s key first, after checking its fingerprint.</source>
        <translation>Ev pakêt bi mifteyekê hatiye îmzekirin ku ev kasa pê bawer nake (%1). Tiştek nehat anîn. Pêşî, piştî kontrolkirina şopa wê ya dijîtal, bi mifteya şander bawer bike.</translation>
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation>Ev pakêt bi mifteyeke pûçkirî hatiye îmzekirin (%1). Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet&apos;s signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation>Îmzeya vê pakêtê ne derbasdar e: sexte ye an hatiye guhertin. Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation>Ev pakêt berê hatibû wergirtin (an kopiyeke kevn e ku dîsa hatiye şandin). Tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation>Di vê pakêtê de beşeke xerabûyî heye. Hat redkirin; tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation>Di vê pakêtê de beşek bi navekî ne ewle heye. Hat redkirin; tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation>Di vê pakêtê de beşek ji sînorê mezinahiyê mezintir heye. Hat redkirin; tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation>Ev pakêt bi guhertoyeke nûtir a Testimony Recorder hatiye çêkirin. Sepanê nû bike, paşê wê dîsa bîne.</translation>
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation>Ev pakêt ji tiştê ku şahidên wê razî bûn parve bikin zêdetir dihewîne. Hat redkirin; tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation>Hevpeyvînek di vê pakêtê de ya cîhazeke din e. Hat redkirin; tiştek nehat anîn.</translation>
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation>Tiştên ku dikarin bên paqijkirin piştî nîşandana lîsteyê guherîn (%1), ji ber vê yekê tiştek nehat paqijkirin. Dîsa li lîsteyê binêre.</translation>
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation>Ev ne belgeyeke wergirtinê ya derbasdar e ji bo vê kasayê.</translation>
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation>Tu pakêteke anî ji wî şanderî li benda belgeya wergirtinê nîne.</translation>
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation>Pakêta %1 ji %2 (cîhaza %3) negihîştiye. Wê ji şander bixwaze.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation>Pakêtên %1 heta %2 ji %3 (cîhaza %4) negihîştine. Wan ji şander bixwaze.</translation>
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation>Ev pakêt %1 wek pakêta berî xwe nîşan dide, lê pakêta %2 ya ku ji vî şanderî hatiye wergirtin %3 e. Ji şander bipirse ka kîjan rast e.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log continues what it sent before.</source>
        <translation>Tomara çavdêriyê ya şander berdewamiya tiştê ku berê şandiye ye.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation>Pakêta yekem ji vî şanderî: tomara wî ya çavdêriyê ji destpêkê ve hat kontrolkirin.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation>Pakêta yekem ji vî şanderî: tomara wî ya çavdêriyê ji qeyda %1 û pê ve hat kontrolkirin.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation>Tomara çavdêriyê ya şander hêj nayê girêdan: qeydên %1 heta %2 di pakêtên ku negihîştine de ne.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation>Tomara çavdêriyê ya şander êdî li gel tiştê ku berê şandibû li hev nayê (qeyda %1 hatiye guhertin): dîroka wê ji nû ve hatiye nivîsandin. Berî ku tu xwe bispêrî vê pakêtê, sedemê ji şander bipirse.</translation>
    </message>
    <message>
        <source>This is an interviewer&apos;s vault. The archive is kept in a coordinator&apos;s vault.</source>
        <translation>Ev kasaya hevpeyvînkarekî ye. Arşîv di kasaya koordînatorekî de tê parastin.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation>%1 ne dîrok e. Salekê, sal û mehekê, an dîrokeke tam binivîse (2024, 2024-03 an 2024-03-06).</translation>
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation>%1 ne nirxek e ku ev parzûn qebûl dike.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer&apos;s device. It was not enrolled.</source>
        <translation>Mifteya %1 ne ya cîhaza hevpeyvînkarekî ye. Ew wek cîhaz nehat qeydkirin.</translation>
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation>Tu cîhazeke qeydkirî li gel %1 li hev nayê.</translation>
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation>Tu qeydeke pêrista faîlan li gel %1 li hev nayê.</translation>
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation>%1 li gel zêdetirî qeydekê ya pêrista faîlan li hev tê. Yekê ji lîsteyê hilbijêre.</translation>
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation>%1 û %2 jixwe yek qeyd in. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation>Tenê du kes an du yekîne dikarin bên yekkirin, ne kesek bi yekîneyekê re. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation>Tu yekkirineke derbasdar li gel %1 li hev nayê; dibe ku berê hatibe betalkirin. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation>Nasname mohrkirî dimînin heta ku mifteya nasnameyên şahidan were vekirin. Pêşî wê veke (karmendên parastinê wê diparêzin).</translation>
    </message>
    <message>
        <source>That is not this archive&apos;s witness-identity key. No identity was revealed.</source>
        <translation>Ev ne mifteya nasnameyên şahidan a vê arşîvê ye. Tu nasname nehat nîşandan.</translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation>Şahid razî nebûn ku tu ji şahidiyên hilbijartî bi vê dezgehê re parve bikin, ji ber vê yekê tiştek ji bo derxistinê tune. Tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation>%1 berê heye. Navekî din hilbijêre; tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator&apos;s key: choose their trusted key. Nothing was written.</source>
        <translation>Derxistina şîfrekirî ji bo mifteya lêkolîner tê mohrkirin: mifteya wî ya pêbawer hilbijêre. Tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation>Mifteya %1 ya dezgeheke din e, ne ya ku hatiye hilbijartin. Razîbûn tenê ji bo dezgeha hilbijartî hat kontrolkirin, ji ber vê yekê tiştek ji bo vê mifteyê nehat mohrkirin.</translation>
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation>Mifteya %1 hatiye pûçkirin an nikare ji bo wê bê mohrkirin. Tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation>Şahidiya %1 piştî pêşdîtinê guherî (razîbûna wê an tomara wê). Dîsa li pêşdîtinê binêre; tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation>Pelekî hilanî li gel şopa xwe ya dijîtal a tomarkirî li hev nayê, ji ber vê yekê derxistina dosyayê hat rawestandin. Tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation>Ev teşeya derxistinê nayê naskirin. Peldankek, pelekî zip an pelekî şîfrekirî hilbijêre.</translation>
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation>Rapor bi wî zimanî nikarin bên nivîsandin. Zimanekî din hilbijêre.</translation>
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation>Gavên derxistina dosyayê bi rêzê nehatin avêtin. Ji gava yekem dîsa dest pê bike.</translation>
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation>Bibêje çima nasname pêwîst e: her nîşandan bi sedema xwe re di tomara çavdêriyê de tê nivîsandin. Tiştek nehat nîşandan.</translation>
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation>Di arşîvê de ji bo vî şahidî tu nasname tune: an razîbûnê destûr neda ku were parvekirin, an jî hatiye tunekirin.</translation>
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation>Anîn niha nikare vê bike. Bisekine heta ku biqede.</translation>
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation>Tu raporeke anînê ya hilanî li gel %1 li hev nayê.</translation>
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation>Şopên dijîtal ên ji bo dîtina şahidên dubare yên hevpeyvînekê di vê pakêtê de nehatin hilanîn; hevpeyvîn bi xwe hat anîn.</translation>
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator&apos;s key file made for this device; it carries the key.</source>
        <translation>Di vê kasayê de hêj mifteya girêdanê ya rêxistinê tune. Bi pelê mifteyê yê koordînatorê xwe yê ku ji bo vê cîhazê hatiye çêkirin bawer bike; mifte di wî de ye.</translation>
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation>Mifteya girêdanê ya rêxistinê di bin mifteya nasnameyên şahidan de tê parastin, ku ne di vê kasayê de ye. Ji karmendên parastinê bixwaze ku vê bikin.</translation>
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation>Pelê mifteyê yê %1 mifteyeke girêdanê dihewîne ku ji bo cîhazeke din hatiye çêkirin. Tu tişt nebû pêbawer; ji koordînator pelekî mifteyê bixwaze ku ji bo vê cîhazê hatibe çêkirin.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault can do this.</source>
        <translation>Tenê kasaya koordînatorekî dikare vê bike.</translation>
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation>Di vê kasayê de tu şahid bi koda %1 tune.</translation>
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation>Ji bo cotekê du şahidên cuda pêwîst in; %1 du caran hat dayîn.</translation>
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation>%1 ne pêrista hevpeyvînên berê ye ji bo vê cîhazê. Tiştek nehat guhertin; ji koordînatorê xwe pêristeke nû bixwaze.</translation>
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation>Ev beşên vegerandinê vê kasayê venakin: ew yên kasayeke din in, an beşên nûtir cihê wan girtine. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation>Ji bo vê %1 beşên vegerandinê yên cuda lazim in; %2 hatin dayîn. Wan bi rêzeke vala di navbera wan de binivîse. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation>Beşa %1 nayê xwendin. Her peyvê bi kaxezê re bide ber hev; tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>This identity is sealed to the organisation&apos;s witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation>Ev nasname ji bo mifteya nasnameyên şahidan a rêxistinê hatiye mohrkirin, ji ber vê yekê li ser vê cîhazê nayê xwendin. Ji bo rastkirina wê, dîsa binivîse.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator&apos;s key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation>Hêj tu mifteya nasnameyên şahidan nehatiye qeydkirin. Pêşî bi pelê mifteya koordînatorê xwe bawer bike (Mifte û têkilî); mifte tê de ye. Tiştek nehat mohrkirin.</translation>
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation>Li vir hevoka nepenî ya bi zorê nikare bê diyarkirin an rakirin. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>Divê hevoka nepenî ya bi zorê ji hevoka nepenî ya kasayê cuda be. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation>Naveroka xapînok di %1 KiB de cih nabe. Hevpeyvînên kêmtir an kurttir hilbijêre. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation>Ev pel nikare wek naveroka xapînok bê bikaranîn. Divê JSON a hevpeyvînan be ku çend hevpeyvînên bê pêvek û bê tomarên razîbûnê dihewîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <source>This vault&apos;s recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation>Mifteya vegerandinê ya vê kasayê berî ku yedek hebin hatiye çêkirin. Pêşî mifteyeke vegerandinê ya nû çêke (paşê ya kevn êdî naxebite). Tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation>%1 di hundirê peldanka kasayê de ye. Cihekî derveyî wê hilbijêre, wek flaşeke USB; tiştek nehat nivîsandin.</translation>
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault&apos;s backup, or one made before the recovery key was replaced.</source>
        <translation>%1 bi vê mifteya vegerandinê venabe. Ew yedeka kasayeke din e, an yedekek e ku berî guhertina mifteya vegerandinê hatiye çêkirin.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation>%1 xera bûye an piştî çêkirinê hatiye guhertin. Pê bawer neke; tiştek nehat vegerandin.</translation>
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation>Ev yedek li pey hev nayên. Pêşî yedeka tevahî bide, paşê her yeka paşê bi rêzê. Tiştek nehat vegerandin.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation>Li %1 berê kasayek heye. Dest lê nehat dayîn.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>Tiştek çewt çû (%1). Tiştekî nîvco nehat hilanîn. Ji kerema xwe vê pirsgirêkê ragihîne.</translation>
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
        <translation>Peldankekê hilbijêre, bo nimûne li ser flaşekê</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation>%1: hûrgulî</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Roj</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: roj</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: meh</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: sal</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>Salê binivîse.</translation>
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation>Salekê di navbera %1 û %2 de binivîse.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>Mehê hilbijêre.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Rojê hilbijêre.</translation>
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation>Meha wê rojê hilbijêre.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>Di wê mehê de roja %1 tune.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Nîşan bide</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Hevoka nepenî nîşan bide</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Veşêre</translation>
    </message>
</context>
<context>
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation>heman nav, rastnivîseke din</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>navê wekhev</translation>
    </message>
    <message>
        <source>alias matches</source>
        <translation>nasnav li hev tê</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>heman yekîne</translation>
    </message>
    <message>
        <source>different units</source>
        <translation>yekîneyên cuda</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>heman rutbe</translation>
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Alleged perpetrators</source>
        <translation>Faîlên îdiakirî</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation>Nasnav û rastnivîs</translation>
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation>Girêdayîbûn, yekîne, rutbe</translation>
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation>Bi navî bigere, bi her rastnivîsê</translation>
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation>Bi navî li faîlekî îdiakirî bigere</translation>
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation>Îdia û piştrastkirin</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Yekkirinên pêşniyarkirî</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Yekem</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Duyem</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pûana wekheviyê</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Çima</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Yek bike...</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>Dîroka yekkirinê</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Hat parastin</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Tê de hat yekkirin</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Dîroka yekkirinê</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Hat betalkirin</translation>
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation>Yekkirinê &amp;betal bike...</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Îdia</translation>
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n faîlê îdiakirî</numerusform>
            <numerusform>%n faîlên îdiakirî</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role (&quot;Carried it out&quot;), %2 the violation, %3 who backs it (&quot;2 witnesses, 1 interviewer, and 2 testimonies&quot;).</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>yekîne</translation>
    </message>
    <message>
        <source>person</source>
        <translation>kes</translation>
    </message>
    <message>
        <source>no violation type</source>
        <translation>bê cureyê binpêkirinê</translation>
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation>Bûyer di navbera %1 û %2 de</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Cih: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yek bike</translation>
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation>%1 û %2 wek %3 yek bên hesibandin? Şahidî û piştrastkirinên wan bi hev re tên hejmartin. Yekkirin di tomara çavdêriyê de tê nivîsandin û dikare bê betalkirin.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Yekkirinê betal bike</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation>Yekkirina %1 di nav %2 de were betalkirin? Her du dîsa ji hev cuda tên rêzkirin; yekkirin di dîrokê de wek betalkirî dimîne.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation>Nav, leqeb an çawa şahid behsa wî dike</translation>
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation>Navên din (bi bêhnokê veqetandî)</translation>
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation>Girêdan (hêz, kom, dezgeh)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yekîne</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rutbe</translation>
    </message>
    <message>
        <source>Position or function</source>
        <translation>Pozîsyon an wezîfe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation>Koma temenê di dema bûyeran de</translation>
    </message>
    <message>
        <source>Description of the person</source>
        <translation>Danasîna kesê</translation>
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation>Xuyang, temen, çi kir, şahid wî çawa nas dike.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Navên din</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Girêdan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozîsyon</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Koma temenê</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Danasîn</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hêj nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation>Herî zêde %1 navên din, her yek heta 300 tîpan; ew nehatin tomarkirin.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation>Danasîn ji %1 tîpan dirêjtir e; ji bo tomarkirinê kurt bike.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Hat tomarkirin</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nehat tomarkirin</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation>Kesên ku di vê hevpeyvînê de navê wan derbas dibe</translation>
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation>Nav an danasîna kesekî nû</translation>
    </message>
    <message>
        <source>New person: name or description</source>
        <translation>Kesê nû: nav an danasîn</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Kes zêde bike</translation>
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation>Kesekî bi vî navî zêde bike</translation>
    </message>
    <message>
        <source>Remove person...</source>
        <translation>Kes rake...</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Kesê hilbijartî rake</translation>
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation>Hêj kes tune. Li jor navekî an danasînekê binivîse û Enter bitikîne.</translation>
    </message>
    <message>
        <source>Remove the person?</source>
        <translation>Kes were rakirin?</translation>
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation>%1 ji vê hevpeyvînê were rakirin, bi rolên wî di bûyeran de û girêdanên wî yên fermandariyê re? Rakirin di tomara çavdêriyê de tê nivîsandin.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation>Navê cih</translation>
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation>mînak nuqteya kontrolê li ber deriyê bajêr</translation>
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation>Parêzgeh an herêm (hilbijêre an binivîse)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>Ji lîsteyê hilbijêre an binivîse</translation>
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation>Firehî, bi pileyên dehî (-90 heta 90)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Firehî</translation>
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation>Dirêjî, bi pileyên dehî (-180 heta 180)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Dirêjî</translation>
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation>Koordînat dikarin çiqas şaş bin, bi metreyan</translation>
    </message>
    <message>
        <source>precision not known</source>
        <translation>rastbûn nayê zanîn</translation>
    </message>
    <message>
        <source>within </source>
        <translation>di nava </translation>
    </message>
    <message>
        <source> m</source>
        <translation> m de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordînat</translation>
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation>Divê firehî hejmarek di navbera -90 û 90 de be (mînak 36.2). Nehat tomarkirin.</translation>
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation>Divê dirêjî hejmarek di navbera -180 û 180 de be (mînak 37.15). Nehat tomarkirin.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Hem firehî hem dirêjî binivîse, an tu yekê nenivîse.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Lêdêr</translation>
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation>Pêvekeke dengî hilbijêre û «Lê bide» bitikîne.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lê bide</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Cih di tomarê de</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Dema lêdayî</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dirêjahî</translation>
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation>Nîşan; yekê hilbijêre da ku ji wir guhdarî bikî</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Nîşan</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 tê barkirin...</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system&apos;s sound settings), then press Play again.</source>
        <translation>Tu derketina deng nehat dîtin, ji ber vê yekê tiştek nayê bihîstin. Bilindgoyan an guhlêkan girê bide (an mîhengên deng ên pergalê kontrol bike), paşê dîsa «Lê bide» bitikîne.</translation>
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system&apos;s sound settings, then press Play again.</source>
        <translation>Derketina deng sekinî an vî pelî red kir, ji ber vê yekê tiştek nayê lêdan. Bilindgo an guhlêkan û mîhengên deng ên pergalê kontrol bike, paşê dîsa «Lê bide» bitikîne.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Navber bide</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation>Arşîv ji bo vê guhertoya sepanê tê amadekirin. Ev tenê carekê çêdibe; bi hezaran şahidiyan re çend deqeyan dikişîne. Heke di vê navberê de sepan were girtin tiştek winda nabe: di vekirina din a xezîneyê de ji nû ve dest pê dike.</translation>
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation>Amadekirina arşîvê</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation>Tiştê ku dê bê şandin kontrol bike</translation>
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation>Heta ku tu pakêtê mohr nekî, tiştek nayê nivîsandin.</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Naveroka pakêtê</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Hevpeyvîn</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>tê şandin</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Şahidiya qetîkirî, %n guherto</numerusform>
            <numerusform>Şahidiya qetîkirî, %n guherto</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Nasname</translation>
    </message>
    <message>
        <source>sent, sealed</source>
        <translation>tê şandin, mohrkirî</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nayê şandin</translation>
    </message>
    <message>
        <source>Sealed to the coordinator&apos;s identity key: analysts cannot read it.</source>
        <translation>Ji bo mifteya nasnameyê ya koordînator hatiye mohrkirin: analîst nikarin wê bixwînin.</translation>
    </message>
    <message>
        <source>sent as recorded</source>
        <translation>wek ku hatiye tomarkirin tê şandin</translation>
    </message>
    <message>
        <source>sent redacted</source>
        <translation>reşkirî tê şandin</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Pêvek (%1)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>nehat tevlîkirin</translation>
    </message>
    <message>
        <source>consent change sent</source>
        <translation>guhertina razîbûnê tê şandin</translation>
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation>Şahid piştî pakêteke berê razîbûna xwe guhert.</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>Bi van hilbijartinan tiştek nayê şandin.</translation>
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation>Pêşdîtin tê amadekirin</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Çi dibe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Çima</translation>
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation>Berî hevpeyvîneke nû</translation>
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation>Koordînatorê te pêristeke kesên ku berê bi wan re hevpeyvîn hatine kirin şandiye (%1). Kontrol bike ka dibe ku berê bi vî kesî re hevpeyvîn hatibe kirin. Tiştê ku tu li vir dinivîsî nayê tomarkirin.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Navê tam</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Sala jidayikbûnê</translation>
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation>Parêzgeha eslî</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol bike</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Dest bi hevpeyvînê bike</translation>
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation>Dibe ku berê bi vî kesî re hevpeyvîn hatibe kirin; berî ku dest pê bikî ji koordînatorê xwe bipirse.</translation>
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation>Di pêrista dîroka %1 de nehat dîtin. Pêrist her kesî nas nake: dibe ku kontrol hinek kesan nebîne.</translation>
    </message>
    <message>
        <source>Type at least the first name and the father&apos;s name.</source>
        <translation>Herî kêm navê yekem û navê bav binivîse.</translation>
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation>Li ser vê cîhazê pêrista hevpeyvînên berê tune.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Temam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Erê</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard&apos;s buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation>&lt; &amp;Paşve</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Pêşve &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Pêşve</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Bipejirîne</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Biqedîne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Qediya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Alîkarî</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Alîkarî</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation>Tu razîbûn nehatiye tomarkirin: tiştek ji vê hevpeyvînê nabe ku derkeve.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Şahid razîbûna xwe paşve kişand.</translation>
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation>Şahidî hêj nehatiye qetîkirin: tenê şahidiya qetîkirî tê şandin.</translation>
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation>Şahid razî nebû bi: %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Tê şandin.</translation>
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation>Tu nasname nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation>Wergirekî mifteya nasnameyên şahidan tune.</translation>
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation>Nasname ji bo mifteyeke din hatiye mohrkirin û nikare ji wir bê şandin.</translation>
    </message>
    <message>
        <source>Photo of the witness&apos;s identity: it stays with the identity.</source>
        <translation>Wêneya belgeya nasnameyê ya şahid: bi nasnameyê re dimîne.</translation>
    </message>
    <message>
        <source>Proof of consent may show the witness&apos;s name: sent only with consent to share the identity.</source>
        <translation>Delîla razîbûnê dibe ku navê şahid nîşan bide: tenê bi razîbûna parvekirina nasnameyê tê şandin.</translation>
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation>Pel di vê kasayê de tune.</translation>
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation>Wek ku hatiye tomarkirin tê şandin: şahid razî bû ku nasnameya xwe parve bike.</translation>
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation>Wek kopiyeke reşkirî tê şandin, bê nav, cih an hûrguliyên cîhazê di metadataya wê de.</translation>
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation>Tenê kopiyeke reşkirî dikare bê şandin, û ji vî pelî tu kopî nehat çêkirin.</translation>
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation>Şahid razî bû, lê mifteya nasnameyên şahidan ne vekirî ye: ji bo ku nasname tê de be wê veke.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation>Ev pakêt ji bo kê ye?</translation>
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation>Tenê mifteyên ku ev cîhaz pê bawer dike tên nîşandan. Tenê ew dikarin pakêtê vekin, kesekî din nikare.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Wergir</translation>
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient&apos;s key must support it)</source>
        <translation>Li dijî komputerên kuantûmê yên pêşerojê biparêze (şîfrekirina post-kuantûmê; divê mifteya her wergirekî piştgirî bide)</translation>
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator&apos;s key file first (Vault &gt; Keys and contacts).</source>
        <translation>Hêj mifteyên pêbawer tune. Pêşî bi pelê mifteya koordînatorê xwe bawer bike (Kasa &gt; Mifte û têkilî).</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation>Tomarker</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>Hevpeyvînê tomar bike</translation>
    </message>
    <message>
        <source>Go to Consent</source>
        <translation>Here Razîbûnê</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Navber bide</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Rawestîne û biparêze</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Dema tomarkirî</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>Têbîniya nîşanê</translation>
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation>Têbînî ji bo nîşanekê, mînak behsa navenda girtinê dike</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Nîşanekê zêde bike</translation>
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation>Nîşanên vê tomarê</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness&apos;s consent first; the recorder switches on when they agree to be recorded.</source>
        <translation>Tomarkirin ji bo vê hevpeyvînê girtî ye: razîbûna derbasdar tomarkirina deng nahewîne (an hêj tu razîbûn nehatiye tomarkirin). Pêşî razîbûna şahid tomar bike; dema ku şahid razî bibe ku dengê wî bê tomarkirin, tomarker vedibe.</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Mîkrofon: %1</translation>
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation>(ya ku di Mîhengê de hatiye hilbijartin ne girêdayî ye; ya standard a pergalê tê bikaranîn)</translation>
    </message>
    <message>
        <source>Marked moment</source>
        <translation>Kêliya nîşankirî</translation>
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation>Ji mîkrofonê tu deng nayê. Kontrol bike ka girêdayî ye û bêdeng nekirî ye.</translation>
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation>Di kasayê de hat parastin: %1 (%2). Ew di nav pêvekan de ye.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Dest pê dike...</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tê tomarkirin</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Di navberê de</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Tê parastin...</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation>Tomarên deng ên forma razîbûnê</translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation>Şahidên ku nikarin bixwînin, an guhdarîkirinê tercîh dikin, di moda şahid de van tomaran dibihîzin. Her beşê bi her zimanî wek ku hatiye nivîsandin, hêdî û zelal tomar bike.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Beş</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation>Pelekî dengî pêve bike...</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lê bide</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rake</translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation>tune: dengekî pergalê wê dixwîne, heke hebe</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>di %1 de ji aliyê %2 ve hatiye tomarkirin</translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation>nivîs ji wê demê ve hatiye guhertin: dîsa tomar bike</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Rawestîne</translation>
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation>Tê tomarkirin: vê beşê wek ku hatiye nivîsandin bi dengê bilind bixwîne, paşê Rawestîne bitikîne.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Pelê dengî</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation>Pelên dengî (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>pel pir mezin e</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nayê xwendin: %2</translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation>Tomar hat parastin.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation>Tu mîkrofon girêdayî nîne: li şûna wê pelekî dengî pêve bike.</translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation>Tomar hat rakirin.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation>Tomar hat vegerandin</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Nîşan bide</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nenas)</translation>
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview&apos;s attachments.</source>
        <translation>Tomareke qutbûyî ya %1 ji bo şahid %2 heta çirkeyên dawî yên berî girtina sepanê hat vegerandin. Ew bi pêvekên wê hevpeyvînê re hatiye parastin.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews&apos; attachments:</source>
        <translation>
            <numerusform>%n tomara qutbûyî heta çirkeyên dawî yên berî girtina sepanê hat vegerandin. Ew bi pêvekên hevpeyvîna xwe re hatiye parastin:</numerusform>
            <numerusform>%n tomarên qutbûyî heta çirkeyên dawî yên berî girtina sepanê hatin vegerandin. Ew bi pêvekên hevpeyvînên xwe re hatine parastin:</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation>Şahid %1: %2</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation>Divê çi tê de hebe?</translation>
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness&apos;s consent allows; the next step shows exactly what.</source>
        <translation>Tenê şahidiya qetîkirî tê şandin, û tenê tiştê ku razîbûna her şahidî destûr dide; gava din bi hûrgulî nîşan dide ka çi.</translation>
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation>Her tiştê ku ji pakêta dawî ve hatiye qetîkirin an guhertin</translation>
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation>Her tiştê ku koordînator wergirtina wê piştrast nekiriye</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her tişt</translation>
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation>Tenê hevpeyvînên ku ez hilbijêrim</translation>
    </message>
    <message>
        <source>Interviews to send</source>
        <translation>Hevpeyvînên ku bên şandin</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation>Pakêtê mohr bike</translation>
    </message>
    <message>
        <source>The file&apos;s name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation>Nav û mezinahiya pelê tiştekî li ser kê an çi di hundir de ye nabêjin. Wê wek her pelekî din hilgire.</translation>
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation>Peldanka ku pakêt lê bê nivîsandin</translation>
    </message>
    <message>
        <source>Split into pieces</source>
        <translation>Li parçeyan par bike</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Yek pel</translation>
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation>Parçeyên herî zêde 4 GB (flaşên FAT32)</translation>
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation>Parçeyên herî zêde 650 MB (CD)</translation>
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation>Parçeyên herî zêde 100 MB (sepanên peyaman)</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Mohr bike</translation>
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation>Mohrkirinê betal bike</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Pêşveçûna mohrkirinê</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Peldank</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Parçe</translation>
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation>Hat mohrkirin: %1 hevpeyvîn, %2 nehatin tevlîkirin, %3 guhertinên razîbûnê; bi giştî %4.
ID-ya pakêtê: %5</translation>
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation>Peldankeke heyî hilbijêre (mînak flaşek).</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Tê mohrkirin...</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Testimony</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurte</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Şahid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Cihê dîtinê</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Perçe</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation>Kîjan şahidî</translation>
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation>Şahidiyan wek di lîsteya arşîvê de hilbijêre. Paşê razîbûn biryar dide ka kîjan ji wan dikarin biçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>%n şahidî hat hilbijartin.</numerusform>
            <numerusform>%n şahidî hatin hilbijartin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mîheng</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Hejmar</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Wek ku ziman dinivîse</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>Latînî (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Erebî-Hindî (%1)</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Qet (nayê pêşniyarkirin)</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Piştî çend deqeyên bê bikaranîn kilît bike</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Qet bîra min neîne</translation>
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation>Piştî çend rojan bê yedek bîra min bîne ku yedek çêkim</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Saz bike...</translation>
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation>Hevoka nepenî ya bi zorê saz bike</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mîkrofon</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Ya standard a pergalê</translation>
    </message>
    <message>
        <source>Recipients chosen in advance when sending</source>
        <translation>Wergirên ku dema şandinê ji berê ve têne hilbijartin</translation>
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation>Dema ku tu «Temam» bitikînî, ziman diguhere.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Zimanê navrûyê</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kilît piştî</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Bişîne ji bo</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Bîrxistina yedekê</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Hevoka nepenî ya bi zorê</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nehatiye diyarkirin</translation>
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation>Diyarkirî: kasayeke xapînok vedike</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n deqe</numerusform>
            <numerusform>%n deqe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without a backup</source>
        <translation>
            <numerusform>piştî %n rojê bê yedek</numerusform>
            <numerusform>piştî %n rojan bê yedek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation>Beşên vegerandinê</translation>
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation>Ji bilî mifteya vegerandinê, kasa dikare bi beşên li ser kaxezê nivîsandî bê vekirin: hejmareke diyar ji wan bi hev re wê vedikin, kêmtir tiştekî eşkere nakin. Her beşê bide kesekî pêbawer ê cuda, an wan li cihên cuda biparêze. Çêkirina beşên nû dike ku yên kevn êdî nexebitin.</translation>
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation>Beşên ku ji bo vekirina kasayê lazim in</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>Beşên ku bên çêkirin</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>Beşan çêke</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation>Van peyvan bi rêzê û bi jimarên wan li ser kaxezê binivîse. Her yekê kontrol bike. Divê kesekî din ekranê nebîne.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Min nivîsand</translation>
    </message>
    <message>
        <source>The word from your paper</source>
        <translation>Peyva ji kaxeza te</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol bike</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Peyv</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation>Ev ne peyva %1 e. Beş dîsa tê nîşandan: kaxeza xwe peyv bi peyv pê re bide ber hev.</translation>
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation>Beşa %1 ji %2</translation>
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation>Beşa %1 ji %2 niha veşartî ye. Ji kaxeza xwe peyva hejmar %3 binivîse.</translation>
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation>Qediya. Niha her %1 beş ji %2 beşan kasayê vedikin; beşên kevntir êdî naxebitin. Kaxezan ji vê laptopê û ji hev cuda biparêze.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Li her derê pencereya sereke</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Hevpeyvîn</translation>
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation>Tomarkirin (beşa Pêvekan)</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>Lîsteya pêvekan</translation>
    </message>
    <message>
        <source>Coordinator&apos;s archive</source>
        <translation>Arşîva koordînator</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Grafîka zincîra fermandariyê</translation>
    </message>
    <message>
        <source>Witness mode</source>
        <translation>Moda şahid</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Hevpeyvîneke nû dest pê bike</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Ji koordînator re bişîne</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Here qada lêgerînê</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Kasayê kilît bike</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Derkeve</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Rêbera bikarhêner veke</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Tomarkirinê dest pê bike</translation>
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation>Navberê bide tomarkirinê an wê bidomîne</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Tomarkirinê rawestîne</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>Nîşanekê zêde bike</translation>
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation>Pêvekên hilbijartî rake</translation>
    </message>
    <message>
        <source>Import packets</source>
        <translation>Pakêtan bîne</translation>
    </message>
    <message>
        <source>Find in the archive</source>
        <translation>Di arşîvê de bigere</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Arşîvê nîşan bide</translation>
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation>Faîlan nîşan bide</translation>
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation>Zincîra fermandariyê nîşan bide</translation>
    </message>
    <message>
        <source>Show the devices</source>
        <translation>Cîhazan nîşan bide</translation>
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation>Şahidên dubare nîşan bide</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Statîstîkan nîşan bide</translation>
    </message>
    <message>
        <source>Show the case export</source>
        <translation>Derxistina dosyayê nîşan bide</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Mezin bike</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Biçûk bike</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Tevahiya grafîkê nîşan bide</translation>
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation>Vegerîne hevpeyvînkar (hevoka nepenî dixwaze)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kurteriyên klavyeyê</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kurterê</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Çi dike</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statîstîk</translation>
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation>Hemû tabloyan wek CSV tomar bike...</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Şahidî</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Kesên navkirî</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Qurbanî</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>Cureyên binpêkirinê</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Cureyê binpêkirinê</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Bûyer li gorî mehan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation>Faîlên îdiakirî li gorî girêdayîbûnê</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Girêdan</translation>
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation>Faîlên îdiakirî li gorî yekîneyê</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yekîne</translation>
    </message>
    <message>
        <source>Victims by gender</source>
        <translation>Qurbanî li gorî zayendê</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>Qurbanî li gorî koma temenê</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Koma temenê</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>spans more than one year</source>
        <translation>ji salekê zêdetir dikişîne</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bê dîrok</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Tê hejmartin...</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>%n rêzeke din di tabloyê de ye.</numerusform>
            <numerusform>%n rêzên din di tabloyê de ne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>%n tablo li %1 hat tomarkirin.</numerusform>
            <numerusform>%n tablo li %1 hatin tomarkirin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation>Stûnên vekirîtir: dîrokên ku tenê sala wan tê zanîn, çend salan dikişînin an tune ne; nirxên netomarkirî.</translation>
    </message>
    <message>
        <source>Save the tables in</source>
        <translation>Tabloyan tomar bike li</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation>Grafîkê wek PNG tomar bike...</translation>
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation>Grafîkê wek SVG tomar bike...</translation>
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation>Tabloyê wek CSV tomar bike...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Wêneya PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Xêzkirina SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabloya CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 hat tomarkirin</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Hêza hevoka nepenî</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>Qels: bi hêsanî tê texmînkirin.</translation>
    </message>
    <message>
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation>Navîn, lê ne bes e: êrîşkarekî bi biryar dikare wê texmîn bike.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Pir kurt e.</translation>
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation>Ew şîfreyeke pir tê bikaranîn e, an yekê dihewîne.</translation>
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation>Ew li ser peyveke belav hatiye avakirin; peyveke belav bi tena serê xwe bi hêsanî tê texmînkirin.</translation>
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation>Navekî belav dihewîne.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s.</source>
        <translation>Navê te an navê rêxistina te dihewîne.</translation>
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation>Ew li pey bişkokên li kêleka hev ên klavyeyê diçe.</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>Tîp an peyvan dubare dike.</translation>
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation>Rêzeke hêsan wek abc an 1234 dihewîne.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Dîrokek an salek dihewîne.</translation>
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation>Çar an zêdetir peyvên ku bi hev re ne girêdayî ne û tu dikarî bi bîr bînî, hevokeke nepenî ya xurt çêdikin.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Baş.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Xurt.</translation>
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation>Rastkirinekê zêde bike (guhertoya nû)</translation>
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation>Vegotina şahidiyê</translation>
    </message>
    <message>
        <source>The witness&apos;s account, in their words.</source>
        <translation>Vegotina şahid, bi gotinên xwe.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurte</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etîket, bi bêhnokê veqetandî</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>Guherto û dîrok</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etîket</translation>
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation>Guherto %1, qetîkirî: %2. Êdî nayê guhertin. Şopa dijîtal (SHA-256): %3</translation>
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation>Reşnivîsa guhertoya %1, ji bo rastkirina guhertoya %2.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hêj nehatiye tomarkirin</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n peyv</numerusform>
            <numerusform>%n peyv</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Hat tomarkirin: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nehat tomarkirin</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Bi mifteyekê bawer bike</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation>Ji xwediyê mifteyê bixwaze ku şopa xwe ya dijîtal ji te re bixwîne an nîşanî te bide, rû bi rû an bi rêyeke ku tu pê bawer dikî, û li vir binivîse. Mifte tenê heke her du li hev bên dibe pêbawer.</translation>
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation>Şopa dijîtal wek ku xwedî da</translation>
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation>Ev mifte ya kê ye</translation>
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation>Rêxistina me bi xwe (koordînator)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Bawer bike</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Xwedî</translation>
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
        <translation>Kasa: %1</translation>
    </message>
    <message>
        <source>This is the demo vault, with fictional data only. Its passphrase is: %1</source>
        <translation>Ev kasaya demoyê ye, tenê bi daneyên xeyalî. Hevoka wê ya nepenî ev e: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hevoka nepenî</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Li şûna wê mifteya vegerandinê bikar bîne</translation>
    </message>
    <message>
        <source>Use recovery shares instead</source>
        <translation>Li şûna wê beşên vegerandinê bikar bîne</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Mifteya vegerandinê</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Hevoka nepenî ya nû</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Hevoka nepenî ya nû dîsa</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Veke û hevoka nepenî ya nû saz bike</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Vegere hevoka nepenî</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Dîsa</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Beşên vegerandinê</translation>
    </message>
    <message>
        <source>Type each share&apos;s words, with an empty line between shares</source>
        <translation>Peyvên her beşê binivîse, bi rêzeke vala di navbera beşan de</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Tê vekirin</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Hevoka nepenî ya kasayê binivîse.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>Her du hevokên nepenî yên nû ne wek hev in.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation>Hevokeke nepenî ya nû hilbijêre ku texmînkirina wê dijwartir be: li şîretên li binê wê binêre.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation>Tomarkirinê dest pê bike</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Tomarkirinê rawestîne</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Tê tomarkirin...</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Dîsa tomar bike</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Hat tomarkirin.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation>Vîdyo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lê bide</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Navber bide</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation>Cureyên binpêkirinê (her yekê ku li hev tê nîşan bike)</translation>
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation>Cureyekî binpêkirinê zêde bike...</translation>
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation>Cureyekî binpêkirinê yê ku di lîsteyê de tune zêde bike</translation>
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation>Nehatiye tomarkirin</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Paşvekişandina razîbûnê tomar bike</translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation>Şahid razîbûna xwe paşve dikişîne. Tiştê ku hatiye paşvekişandin hilbijêre; her tiştê ku bi wê ve girêdayî ye jî bi wê re tê paşvekişandin.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her tişt</translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation>Tenê van bikaranînan:</translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation>Wêneyek an tomarek pêve bike (ne mecbûrî)...</translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation>Şahid çawa got</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Wergir</translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation>Herî kêm bikaranînekê nîşan bike, an «Her tişt» hilbijêre.</translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation>Wêne an tomara paşvekişandinê</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>pel pir mezin e</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nayê xwendin: %2</translation>
    </message>
</context>
<context>
    <name>WitnessSection</name>
    <message>
        <source>The witness is known everywhere by this code, never by name.</source>
        <translation>Şahid li her derê bi vê kodê tê nasîn, qet bi navê xwe nayê nasîn.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Koma temenî</translation>
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation>Herêma eslî (parêzgeh)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Nasnav</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Herêma eslî</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation>Moda şahid</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Hevpeyvînkar</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation>Ji moda şahid derkeve (hevoka nepenî ya kasayê pêwîst e)</translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation>Ji bo vê beşê bi vî zimanî tu tomar tune ye, û li ser vê komputerê tu deng tune ye ku vî zimanî biaxive. Tu bi xwe wê ji şahid re bixwîne.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation>Bûyer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Razîbûn</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pêvek</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Hevpeyvîna nû</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Hevpeyvîneke nû dest pê bike</translation>
    </message>
    <message>
        <source>Choose an interview from the list, or start a new one.</source>
        <translation>Ji lîsteyê hevpeyvînekê hilbijêre, an yeke nû dest pê bike.</translation>
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation>Ji cihê ku lê mayî bidomînî?</translation>
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation>Testimony Recorder rawestiya dema ku hevpeyvîna bi şahid %1 re vekirî bû. Her tiştê ku heta çend çirkeyan berê hatibû nivîsandin hat tomarkirin. Niha veke?</translation>
    </message>
</context>
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation>Peldankê veke</translation>
    </message>
</context>
</TS>

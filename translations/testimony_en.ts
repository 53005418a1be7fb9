<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n testimony matches</numerusform>
            <numerusform>%n testimonies match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May identify someone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table ("location, a name").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an embedded picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hidden metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this file's metadata looks identifying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not made yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>%n file added and encrypted.</numerusform>
            <numerusform>%n files added and encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>%n of them carries metadata that may identify someone; see the warning.</numerusform>
            <numerusform>%n of them carry metadata that may identify someone; see the warning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>Adding %n file...</numerusform>
            <numerusform>Adding %n files...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>%n file could not be added. The other files were added.</numerusform>
            <numerusform>%n files could not be added. The other files were added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interpreter's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language interpreted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness's own answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a backup...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A full backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already had</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 older than held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identity destroyed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interview not held here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device's custody log no longer extends what it sent before.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>%n packet imported</numerusform>
            <numerusform>%n packets imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n already had</numerusform>
            <numerusform>%n already had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n not imported (cancelled)</numerusform>
            <numerusform>%n not imported (cancelled)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the witnesses' identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This organisation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a case export...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted file for the investigator's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The investigator's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investigator's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed to the investigator's key: nothing readable is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Finalized testimony, %n version</numerusform>
            <numerusform>Finalized testimony, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goes as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>%1 of %n selected testimony may go; %2 of media.</numerusform>
            <numerusform>%1 of %n selected testimonies may go; %2 of media.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness and interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record as imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of command</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup file to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command links between persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gave orders to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commanded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>was the superior of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the witness knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this command link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How known: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how they were linked, for example "gave orders to".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be shared with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonies with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shareable with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spoken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n witness</numerusform>
            <numerusform>%n witnesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n interviewer</numerusform>
            <numerusform>%n interviewers</numerusform>
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
            <numerusform>%n victim named</numerusform>
            <numerusform>%n victims named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Interview created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview details changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device keys created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linkage key created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linkage key received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview purged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness details changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in an incident changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command link added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command link changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command link removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment destroyed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent change received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accountability body added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender's custody history changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included in a case export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <source>Every change is recorded here and chained by its hash, so a later alteration can be detected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>The coordinator confirmed %n interview as delivered.</numerusform>
            <numerusform>The coordinator confirmed %n interviews as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>%n interview purged from this device.</numerusform>
            <numerusform>%n interviews purged from this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>%n packet imported.</numerusform>
            <numerusform>%n packets imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator's receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device's copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device's key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment's content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>%n more page not shown.</numerusform>
            <numerusform>%n more pages not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>father's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>different people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields that agree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show names...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>%n witness cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</numerusform>
            <numerusform>%n witnesses cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no identity recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typing it also destroys this vault's keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the decoy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoy content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault's keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device's fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be shared with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place or governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shareable with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n incident(s) without a title ("Untitled incident").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name or code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 B</source>
        <extracomment>Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase is translated so a language can put the unit first or use its own abbreviation.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>date not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>around %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between two dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>around</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finalized %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>full name</source>
        <extracomment>How each Identity field is named when saying which are filled in.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identity documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protected identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the witness's name and contact details; this is recorded in the custody log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seal identities now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed on %1 to the organisation's witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator's key file (Keys and contacts); identities can then be sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From a file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness identity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packets in this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason or warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder with packets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>Packet %1 from %2 (device %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>%n interview imported.</numerusform>
            <numerusform>%n interviews imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who was involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a violation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New incident: title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove incident...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by date of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>%n interview found</numerusform>
            <numerusform>%n interviews found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commanded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness's consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in this incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes on this role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this person's role in the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel this job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device's fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device's fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save my key file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save my key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Let the witness choose the language of the consent form.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - DEMO, fictional data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import an interview (JSON)...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panic wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This destroys the vault's keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wipe now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault's database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault's media folder from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness's consent first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is this device's own key; it does not need to be trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender's key first, after checking its fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet's signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's custody log continues what it sent before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an interviewer's vault. The archive is kept in a coordinator's vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer's device. It was not enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not this archive's witness-identity key. No identity was revealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator's key: choose their trusted key. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator's key file made for this device; it carries the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a coordinator's vault can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This identity is sealed to the organisation's witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator's key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duress passphrase must be different from the vault's passphrase. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault's recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault's backup, or one made before the recovery key was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>Choose a folder, for example on a memory stick</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alias matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>different units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same rank</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Alleged perpetrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested merges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n alleged perpetrator</numerusform>
            <numerusform>%n alleged perpetrators</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role ("Carried it out"), %2 the violation, %3 who backs it ("2 witnesses, 1 interviewer, and 2 testimonies").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no violation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position or function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description of the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New person: name or description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove person...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the person?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>precision not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>within </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time played</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system's sound settings), then press Play again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system's sound settings, then press Play again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Finalized testimony, %n version</numerusform>
            <numerusform>Finalized testimony, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent, sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed to the coordinator's identity key: analysts cannot read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent redacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consent change sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least the first name and the father's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard's buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo of the witness's identity: it stays with the identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof of consent may show the witness's name: sent only with consent to share the identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient's key must support it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator's key file first (Vault &gt; Keys and contacts).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marker note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness's consent first; the recorder switches on when they agree to be recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview's attachments.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews' attachments:</source>
        <translation>
            <numerusform>%n interrupted recording was recovered up to the last seconds before the app closed. It is saved with its interview's attachments:</numerusform>
            <numerusform>%n interrupted recordings were recovered up to the last seconds before the app closed. They are saved with their interviews' attachments:</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness's consent allows; the next step shows exactly what.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews to send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split into pieces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealing progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sealing...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>%n testimony selected.</numerusform>
            <numerusform>%n testimonies selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the language writes them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never remind me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients chosen in advance when sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation type="unfinished" />
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
            <numerusform>after %n day without a backup</numerusform>
            <numerusform>after %n days without a backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares to make</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The word from your paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List of attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinator's archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the search field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the user guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import packets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the case export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Victims by gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Victims by age group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spans more than one year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting...</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>%n more row is in the table.</numerusform>
            <numerusform>%n more rows are in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>%n table saved in %1.</numerusform>
            <numerusform>%n tables saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the tables in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It contains your name or your organisation's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness's account, in their words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions and history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the key's owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Testimony Recorder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the demo vault, with fictional data only. Its passphrase is: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use recovery shares instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type each share's words, with an empty line between shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the vault's passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these uses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the witness said it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WitnessSection</name>
    <message>
        <source>The witness is known everywhere by this code, never by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area of origin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an interview from the list, or start a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
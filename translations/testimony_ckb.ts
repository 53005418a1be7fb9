<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ckb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation>دەربارەی تۆمارکەری شایەتی</translation>
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation>تۆمارکەری شایەتی، وەشانی %1</translation>
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation>بەرنامەیەکی بێ ئینتەرنێت بۆ تۆمارکردنی شایەتی: هەموو شتێک لە قاسەیەکی شفرەکراودا لەسەر ئەم کۆمپیوتەرە دەمێنێتەوە، و بەرنامەکە هەرگیز بە ئینتەرنێتەوە نابەسترێت. لە چی دەپارێزێت، و چۆن:</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>تێبینییە ئاسایشییەکان</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ئامێر</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>بەروارەکانی ڕووداو</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>هاوردەکراو</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>وەشانەکان</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(وەرگیراوەتەوە)</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ئەم قاسەیە</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>لە %1 بۆ %2</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation>گەڕان لە هەموو شایەتییەکان (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>گەڕان لە ئەرشیف</translation>
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation>شایەتییەکانی ئەرشیف</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ئەنجامەکانی گەڕان</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n شایەتی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n شایەتی یەک دەگرنەوە</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation>ئەرشیف</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>ئەنجامدەران</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>زنجیرەی فەرماندەیی</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ئامێرەکان</translation>
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation>شایەتە دووبارەکان</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>ئامار</translation>
    </message>
    <message>
        <source>Case export</source>
        <translation>هەناردەکردنی دۆسیە</translation>
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation>پەڕەکانی هەماهەنگیکار</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 هێشتا بەردەست نییە.</translation>
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation>هاوردەکردنی بەستەکان...</translation>
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation>گەڕان لە ئەرشیف</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>پەنجەمۆری SHA-256</translation>
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation>مێتاداتای ناو فایلەکە</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>بەها</translation>
    </message>
    <message>
        <source>May identify</source>
        <translation>لەوانەیە بناسێنێت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>فۆرمات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>زیادکراوە</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ماوە</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation>پاشکۆیەک هەڵبژێرە بۆ بینینی وردەکارییەکانی.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation>پاشکۆکانی ئەم چاوپێکەوتنە</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>زیادکراوە</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>May identify someone</source>
        <translation>مەترسیی ناساندن</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>کۆپیی ڕەشکراوە</translation>
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
        <translation>دەنگ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>وێنە</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ڤیدیۆ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>بەڵگەنامە</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>جۆری تر</translation>
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table ("location, a name").</extracomment>
        <translation>شوێن</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ناوێک</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>وردەکاریی ئامێر</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>لێدوان</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>تەلەفۆن یان ئیمەیڵ</translation>
    </message>
    <message>
        <source>an embedded picture</source>
        <translation>وێنەیەکی ناوەکی</translation>
    </message>
    <message>
        <source>hidden metadata</source>
        <translation>مێتاداتای شاراوە</translation>
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation>شوێنێک تۆمار دەکات (ڕێککەوتەکان یان ناوی شوێنێک)؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێت.</translation>
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation>ناوی کەسێکی تێدایە (هونەرمەند، نووسەر یان خاوەن)؛ لە کۆپییە هاوبەشکراوەکاندا ناوەکە لادەبرێت.</translation>
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation>ئەو ئامێرە دەناسێنێت کە دروستی کردووە (کۆمپانیا، مۆدێل یان ژمارەی زنجیرەیی)؛ لە کۆپییە هاوبەشکراوەکاندا ئەمە لادەبرێت.</translation>
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation>لێدوان یان وەسفی تێدایە؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێن.</translation>
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation>ژمارەی تەلەفۆن یان ناونیشانی ئیمەیڵی تێدایە؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێت.</translation>
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation>وێنەیەکی ناوەکیی تێدایە (وەک وێنەی بەرگ)؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێت.</translation>
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation>بەشی مێتاداتای تێدایە کە ناوەڕۆکیان ناخوێندرێتەوە؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێن، یان کۆپییەکە دروست ناکرێت.</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>کۆپیی ڕەشکراوە</translation>
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation>ئەمە کۆپییەکی ڕەشکراوەیە: ئەو مێتاداتایەی لەوانەیە کەسێک بناسێنێت لابراوە، خودی دەنگ یان وێنەکە نەگۆڕاوە. ئەمە ئەو کۆپییەیە کە هاوبەش دەکرێت.</translation>
    </message>
    <message>
        <source>Nothing in this file's metadata looks identifying.</source>
        <translation>هیچ شتێک لە مێتاداتای ئەم فایلەدا کەس ناناسێنێت.</translation>
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation>ئەم وێنەیە ڕێککەوتەکانی GPSی تێدایە (ئەو شوێنەی لێی گیراوە)؛ لە کۆپییە هاوبەشکراوەکاندا لادەبرێن.</translation>
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation>ئەسڵەکە وەک خۆی کە وەرگیراوە دەمێنێتەوە، وەک بەڵگە.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>دروستکراوە</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>هێشتا نییە</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>پێویست نییە</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation>پاشکۆکان</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>هیچ پاشکۆیەک نییە.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation>ئەم جۆرە فایلە ناتوانرێت لەناو بەرنامەکەدا پیشان بدرێت.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation>زیادکردنی فایل...</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>یان فایلەکان بهێنە سەر ئەم تابە</translation>
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation>دروستکردنی کۆپیی ڕەشکراوە</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>هەناردەکردن...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>سڕینەوە...</translation>
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation>هێشتا هیچ پاشکۆیەک نییە. فایل زیاد بکە، بیانهێنە ئێرە، یان چاوپێکەوتنەکە تۆمار بکە. فایلەکان لە کاتی زیادکردندا شفرە دەکرێن.</translation>
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation>زیادکردنی فایل بۆ ئەم چاوپێکەوتنە</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>%n فایل زیادکرا و شفرە کرا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>%n دانەیان مێتاداتایان تێدایە کە لەوانەیە کەسێک بناسێنێت؛ ئاگادارکردنەوەکە ببینە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>زیادکردنی %n فایل...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation>کۆپیی ڕەشکراوە دروستکرا: %1</translation>
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation>کۆپیی ڕەشکراوە دروست دەکرێت...</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation>فایلی هەناردەکراو شفرە نەکراوە: هەر کەسێک دەستی بکەوێت (یان ئەو دیسکەی لەسەریەتی) دەتوانێت بیکاتەوە. تەنها بۆ ماوەی پێویست هەڵیبگرە و دواتر بیسڕەوە.</translation>
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation>ئەم ئەسڵە مێتاداتای تێدایە کە لەوانەیە کەسێک بناسێنێت (%1). بۆ هاوبەشکردنی، لەبری ئەوە کۆپییە ڕەشکراوەکەی هەناردە بکە.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>کۆپییەکی شفرەنەکراو هەناردە بکرێت؟</translation>
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation>شوێنی پاشەکەوتکردن هەڵبژێرە...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>هەناردەکردنی %1</translation>
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation>بێ شفرە هەناردەکرا بۆ %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>هەناردە دەکرێت...</translation>
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation>%1 بسڕدرێتەوە؟

کلیلەکەی لەناو دەبرێت: فایلەکە هەرگیز جارێکی تر ناکرێتەوە، نە لەم قاسەیەوە و نە لە هیچ یەدەگێکی. ئەم کارە پاشگەزبوونەوەی نییە.</translation>
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation>کۆپیی ڕەشکراوەکەشی، ئەگەر هەبێت، دەسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation>پاشکۆکە بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation>%1 سڕایەوە؛ کلیلەکەی لەناوبرا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>نەتوانرا %n فایل زیاد بکرێت. فایلەکانی تر زیادکران.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>هەندێک فایل زیاد نەکران</translation>
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation>ئەم فایلانە بپشکنە (ئایا تەواون؟ ئایا فایلی دەنگ، وێنە، ڤیدیۆ یان PDF ن؟)، پاشان دووبارە زیادیان بکە.</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation>بۆ چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation>وەرگێڕێکی زارەکی یارمەتی دا</translation>
    </message>
    <message>
        <source>Interpreter's name</source>
        <translation>ناوی وەرگێڕی زارەکی</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>زمانی وەرگێڕان</translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness's own answers.</source>
        <translation>من، %1، هەموو پرسیارێکم بە زمانی خۆی بۆ شایەتەکە خوێندەوە یان ڕوونکردەوە، کاتم پێدا بۆ ئەوەی پرسیار بکات و ڕەتی بکاتەوە، و ئەمانە وەڵامەکانی خودی شایەتەکەن.</translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation>پاشەکەوتکردنی ڕەزامەندی</translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation>شایەت بەم شێوەیە پشتڕاستی کردەوە: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>یەدەگگرتنی قاسە</translation>
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation>یەدەگێک هەموو قاسەکە بە شفرەکراوی لەخۆدەگرێت. تەنها بە کلیلی گەڕاندنەوە دەکرێتەوە: جیا لە کلیلی گەڕاندنەوە هەڵیبگرە، بۆ نموونە لەسەر فلاشێک لە شوێنێکی تر.</translation>
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation>ئەو فایلەی یەدەگەکەی تێدا دەنووسرێت</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>شوێنی نووسینی یەدەگەکە</translation>
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation>تەنها ئەوەی لە دوایین یەدەگەوە گۆڕاوە (خێراترە؛ بەڵام گەڕاندنەوە پێویستی بە یەدەگە پێشووەکانیش دەبێت)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>یەدەگ بگرە</translation>
    </message>
    <message>
        <source>Check a backup...</source>
        <translation>پشکنینی یەدەگێک...</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایلی یەدەگ</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>هێشتا یەدەگ لەم قاسەیە نەگیراوە.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>دوایین یەدەگ: %1.</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>هەڵبژێرە یەدەگەکە لە کوێ بنووسرێت.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>یەدەگ دەگیرێت...</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>یەدەگێکی تەواو</translation>
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation>یەدەگی ئەوەی گۆڕاوە</translation>
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation>%1 لە %2 نووسرا (%3).</translation>
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation>دوایین یەدەگ: ئێستا.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation>کاتی یەدەگگرتنە</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation>هەرگیز یەدەگ لەم قاسەیە نەگیراوە. ئەگەر ئەم لاپتۆپە ون بێت، دەستی بەسەردا بگیرێت یان تێکبچێت، یەدەگ تاکە کۆپیی ئەو شتانەیە کە هێشتا نەنێردراون.</translation>
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation>دوایین یەدەگ %1 گیرا. ئەوەی لەو کاتەوە تۆمارکراوە تەنها لەسەر ئەم لاپتۆپەیە.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ئێستا یەدەگ بگرە</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>دواتر</translation>
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation>%1 چیتر لەوێ نییە. بۆخچەکە یان فلاشەکە بپشکنە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation>نەتوانرا %1 بخوێندرێتەوە (%2). دووبارە کۆپیی بکە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>هاوردەکراو</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>پێشتر هەبوو</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ڕەتکرایەوە</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>دەستی پێنەکراوە</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>باش</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>خراپ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>نەپشکنراوە</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 نوێ، %2 نوێکراوە، %3 نەگۆڕاو</translation>
    </message>
    <message>
        <source>%1 older than held</source>
        <translation>%1 کۆنترن لەوەی هەیە</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>ڕەزامەندی وەرگیرایەوە</translation>
    </message>
    <message>
        <source>consent restored</source>
        <translation>ڕەزامەندی گەڕایەوە</translation>
    </message>
    <message>
        <source>identity destroyed</source>
        <translation>ناسنامە لەناوبرا</translation>
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation>پاشکۆ لەناوبرا</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>ڕەزامەندی تۆمارکرا</translation>
    </message>
    <message>
        <source>interview not held here</source>
        <translation>چاوپێکەوتنەکە لێرە نییە</translation>
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation>بەستەی %1ی ئەم ئامێرە نەگەیشتووە.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation>بەستەکانی %1 بۆ %2ی ئەم ئامێرە نەگەیشتوون.</translation>
    </message>
    <message>
        <source>This device's custody log no longer extends what it sent before.</source>
        <translation>تۆماری چاودێریی ئەم ئامێرە چیتر درێژەی ئەوە نییە کە پێشتر ناردوویەتی.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>%n بەستە هاوردەکران</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n پێشتر هەبوون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ڕەتکرانەوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n هاوردە نەکران (هەڵوەشێنرایەوە)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation>هاوردەکردنەکە هەڵوەشێنرایەوە. ئەوەی هاوردەکرابوو دەمێنێتەوە؛ دووبارە ئەنجامی بدەرەوە بۆ هاوردەکردنی ئەوانی تر.</translation>
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation>%1: بەستەی %2 ونە.</translation>
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation>%1: بەستەکانی %2 بۆ %3 ونن.</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation>بۆ کێ</translation>
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation>شایەتییەک تەنها بۆ ئەو لایەنە دەچێت کە شایەتەکەی ڕازی بووە لەگەڵیدا هاوبەشی بکات.</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>لایەنی وەرگر</translation>
    </message>
    <message>
        <source>Include the witnesses' identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation>ناسنامەی شایەتەکان بخە ناو لەو شوێنانەی ڕازی بوون (کلیلی ناسنامەی شایەتەکان دەکاتەوە؛ هەر یەکێکیان لە تۆماری چاودێریدا دەنووسرێت)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>ئەم ڕێکخراوە</translation>
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation>هەناردەکردنی دۆسیە</translation>
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation>شایەتییەکان ڕادەستی لایەنێکی لێپرسینەوە بکە: ڕەزامەندی بڕیار دەدات، بۆ هەر شایەتی و هەر ناسنامەیەک، چی دەتوانێت بڕوات.</translation>
    </message>
    <message>
        <source>Start a case export...</source>
        <translation>دەستپێکردنی هەناردەکردنی دۆسیە...</translation>
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation>هەناردەکردنی دۆسیە</translation>
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation>نووسینی دۆسیەی هەناردەکراو</translation>
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation>بۆخچەیەک (نەشفرەکراو)</translation>
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation>فایلێکی zip (نەشفرەکراو)</translation>
    </message>
    <message>
        <source>An encrypted file for the investigator's key</source>
        <translation>فایلێکی شفرەکراو بۆ کلیلی لێکۆڵەر</translation>
    </message>
    <message>
        <source>The investigator's key</source>
        <translation>کلیلی لێکۆڵەر</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>زمانی ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation>ئەو بۆخچەیەی هەناردەکراوەکەی تێدا دەنووسرێت</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>بنووسە</translation>
    </message>
    <message>
        <source>Cancel writing</source>
        <translation>هەڵوەشاندنەوەی نووسین</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>پێشکەوتنی نووسین</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>شێوە</translation>
    </message>
    <message>
        <source>Investigator's key</source>
        <translation>کلیلی لێکۆڵەر</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>ڕاپۆرتەکان بە زمانی</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>نووسین لە</translation>
    </message>
    <message>
        <source>Sealed to the investigator's key: nothing readable is written.</source>
        <translation>بۆ کلیلی لێکۆڵەر مۆرکراوە: هیچ شتێکی خوێندراو نانووسرێت.</translation>
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation>ئەمە شایەتی بە شێوەی نەشفرەکراو لەو شوێنەی هەڵیدەبژێریت دەنووسێت: لەسەر بیرگەیەکی شفرەکراو هەڵیبگرە و دوای ڕادەستکردن بیسڕەوە.</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>هەڵبژێرە هەناردەکراوەکە لە کوێ بنووسرێت.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>دەنووسرێت...</translation>
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation>نووسرا: %1، لەو شوێنەی خوارەوە.
SHA256SUMS: %2
بەم فەرمانە بیپشکنە: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation>نەشفرەکراوە: لەسەر بیرگەیەکی شفرەکراو هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation>بۆ %1 مۆرکرا: هیچ شتێکی خوێندراو نەنووسرا.</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation>ئەوەی دەڕوات بپشکنە</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>تا دوایین هەنگاو هیچ شتێک نانووسرێت.</translation>
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation>ناوەڕۆکی دۆسیەی هەناردەکراو</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>دەڕوات</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>شایەتیی یەکلاکراوە، %n وەشان</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ناسنامە</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>دەمێنێتەوە</translation>
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation>شایەتەکە ڕازی بوو لەگەڵ ئەم لایەنەدا هاوبەشی بکات.</translation>
    </message>
    <message>
        <source>goes as recorded</source>
        <translation>وەک تۆمارکراوە دەڕوات</translation>
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation>وەک کۆپیی ڕەشکراوە دەڕوات</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>پاشکۆ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>%1 لە %n شایەتیی هەڵبژێردراو دەتوانن بڕۆن؛ %2 میدیا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation>شایەتەکان ڕازی نەبوون هیچ کام لەم شایەتییانە لەگەڵ ئەم لایەنەدا هاوبەش بکەن.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation>شایەتیی %1</translation>
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation>دۆسیەی هەناردەکراو بۆ %1، دروستکراوە لە %2</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>ئەم ڕێکخراوە</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>تۆماری چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Witness and interview</source>
        <translation>شایەت و چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation>ناسنامەی شایەت</translation>
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation>شایەتەکە ڕازی بوو ناسنامەکەی لەگەڵ ئەم لایەنەدا هاوبەش بکرێت.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ناوەکانی تر</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>بەرواری لەدایکبوون</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>بەڵگەنامەکانی ناسنامە</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>گرووپی تەمەن</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>ناوچەی ڕەسەن</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>ڕێکەوتی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>شوێنی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زمانەکان</translation>
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation>لەسەر ئامێرەکە تۆمارکرا</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation>وەشانی %1، یەکلاکرایەوە لە %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>لە کوێ</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation>کەسەکان و ڕۆڵەکانیان</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>کەسە ناوهێنراوەکان</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>سەر بە</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>پۆست</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>هەروەها ناسراوە بە</translation>
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation>زنجیرەی فەرماندەیی وەک باسکراوە</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>فایلەکانی میدیا</translation>
    </message>
    <message>
        <source>original as recorded</source>
        <translation>ڕەسەن وەک تۆمارکراوە</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>کۆپیی ڕەشکراوە</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>هاشەکان (SHA-256)</translation>
    </message>
    <message>
        <source>Record as imported</source>
        <translation>تۆمار وەک هاوردەکراوە</translation>
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation>وەشانی شایەتی %1</translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation>ڕێڕەوی چاودێری</translation>
    </message>
    <message>
        <source>recording device</source>
        <translation>ئامێری تۆمارکردن</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>ئەرشیف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>شێوە</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>کات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>لەلایەن</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>تۆمار</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>ڕووداوەکان لە</translation>
    </message>
    <message>
        <source>Incidents to</source>
        <translation>ڕووداوەکان تا</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>پیشاندان</translation>
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation>هەناردەکردنی SVG...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>هەناردەکردنی PNG...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>هێڵکاریی زنجیرەی فەرماندەیی</translation>
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation>ئەو شایەتییانەی پشتگیریی پەیوەندییە هەڵبژێردراوەکە دەکەن</translation>
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation>تیری پەیوەست: فەرماندەیی کرد. تیری پچڕپچڕ: ئەندامی یەکەیەک. ژمارەی سەر تیر: چەند شایەتی ئەوە دەڵێن؛ تیر تا ئەستورتر بێت، شایەتحاڵی زیاتر.</translation>
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation>زنجیرەی فەرماندەیی دەخوێندرێتەوە...</translation>
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation>هیچ پەیوەندییەکی فەرماندەیی لە ئەرشیفدا بۆ ئەم هەڵبژاردنە نییە.</translation>
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation>%1 پەیوەندی کە زۆرترین پشتگیرییان هەیە لە کۆی %2 پیشان دەدرێن. یەکەیەک یان بەروارەکان هەڵبژێرە بۆ بینینی ئەوانی تر.</translation>
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation>%1 فەرماندەی %2 بوو</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 لە %2</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>شایەت %1</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>هەناردەکردن وەک SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>وێنەکانی SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>هەناردەکردن وەک PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>وێنەکانی PNG (*.png)</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>زنجیرەی فەرماندەیی</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>پشکنینی یەدەگێک</translation>
    </message>
    <message>
        <source>Backup file to check</source>
        <translation>ئەو فایلە یەدەگەی دەپشکنرێت</translation>
    </message>
    <message>
        <source>Backup to check</source>
        <translation>ئەو یەدەگەی دەپشکنرێت</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایلی یەدەگ</translation>
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation>یەدەگەکە دەخوێندرێتەوە...</translation>
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation>ئەو یەدەگەی %1 گیراوە ساغە، و بەم کلیلی گەڕاندنەوەیە دەکرێتەوە.</translation>
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation>پەیوەندییە فەرماندەییەکان: کێ فەرمانی بە کێ دا</translation>
    </message>
    <message>
        <source>Command links between persons</source>
        <translation>پەیوەندییە فەرماندەییەکانی نێوان کەسەکان</translation>
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation>سەرۆک (فەرمانی دەدا)</translation>
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation>جۆری پەیوەندی (هەڵبژێرە یان بنووسە)</translation>
    </message>
    <message>
        <source>gave orders to</source>
        <translation>فەرمانی دا بە</translation>
    </message>
    <message>
        <source>commanded</source>
        <translation>فەرماندە بوو بەسەر</translation>
    </message>
    <message>
        <source>was the superior of</source>
        <translation>سەرۆک بوو بەسەر</translation>
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation>ژێردەست (فەرمانی وەرگرت)</translation>
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation>کەی (بۆ نموونە نیسانی 2013)</translation>
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation>بۆ نموونە نیسانی 2013</translation>
    </message>
    <message>
        <source>How the witness knows</source>
        <translation>شایەت چۆن ئەمە دەزانێت</translation>
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation>بۆ نموونە گوێی لە فەرمانەکان بوو؛ پێی وترا؛ نیشانەکان</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>زیادکردنی پەیوەندی</translation>
    </message>
    <message>
        <source>Add this command link</source>
        <translation>زیادکردنی ئەم پەیوەندییە فەرماندەییە</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>لابردنی پەیوەندی</translation>
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation>لابردنی پەیوەندییە فەرماندەییە دیاریکراوەکە</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کێ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <source>How known</source>
        <translation>سەرچاوەی زانین</translation>
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
        <translation>سەرچاوەی زانین: %1</translation>
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation>سەرەتا هەردوو کەسەکە زیاد بکە (لە سەرەوە).</translation>
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation>دوو کەسی جیاواز هەڵبژێرە: کەس فەرمان بە خۆی نادات.</translation>
    </message>
    <message>
        <source>Say how they were linked, for example "gave orders to".</source>
        <translation>بڵێ چۆن پەیوەندییان هەبوو، بۆ نموونە «فەرمانی دا بە».</translation>
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation>ئەم پەیوەندییە پێشتر تۆمارکراوە؛ بۆ گۆڕینی سەرەتا لای ببە.</translation>
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation>جۆری پێشێلکاری</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>هەموو پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>Any governorate</source>
        <translation>هەر پارێزگایەک</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>ڕووداوەکان لە</translation>
    </message>
    <message>
        <source>Incidents until</source>
        <translation>ڕووداوەکان تا</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>دەکرێت هاوبەش بکرێت لەگەڵ</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>هەر لایەنێک</translation>
    </message>
    <message>
        <source>Testimonies with</source>
        <translation>شایەتییەکان کە</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>بەروارەکانی ڕووداو</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>هاوبەشکراو لەگەڵ</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY، YYYY-MM یان YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation>بۆ تۆمارکردنی ڕەزامەندیی زارەکی مایکرۆفۆنێک پێویستە: یەکێک ببەستەوە، پاشان دۆخی شایەت دووبارە بکەرەوە.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation>هاوپێچکردنی وێنەی فۆرمە واژۆکراوەکە...</translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation>وێنەی فۆرمی ڕەزامەندیی واژۆکراو</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>وێنەی سکانکراو (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>فایلەکە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ناخوێندرێتەوە: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>هاوپێچکرا: %1</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation>تۆمارەکانی ڕەزامەندی</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چی</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>شێوازی پشتڕاستکردنەوە</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>سەلمێنەر</translation>
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation>وەڵامەکانی تۆماری هەڵبژێردراو</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>بەکارهێنان</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>وەڵام</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پێشتر</translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation>وەرگرتنی ڕەزامەندی لە دۆخی شایەتدا...</translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation>تۆمارکردنی وەرگرتنەوە...</translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation>پوختەی کاغەزی بۆ شایەت...</translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation>هێشتا هیچ ڕەزامەندییەک تۆمار نەکراوە. هیچ شتێک لەم چاوپێکەوتنە هەناردە ناکرێت، و تۆمارکەری دەنگ کوژاوە دەمێنێتەوە تا شایەتەکە ڕازی دەبێت دەنگی تۆمار بکرێت.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>ڕێگەپێدراوە</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ڕێگەپێنەدراوە</translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation>ڕەزامەندیی بەرکار: %1 لە %2 (%3). تۆمارکردنی دەنگ: %4.</translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation>کاغەز دەکرێت شایەت بخاتە مەترسییەوە</translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation>ئەگەر کاغەزێک لای شایەت بدۆزرێتەوە، لە بازگەیەک یان لە ماڵەوە، دەکرێت دەریبخات کە قسەی لەگەڵ تۆ کردووە. هیچ ناوێکی لەسەر نییە، تەنها ژمارەی ئاماژەی %1. تەنها ئەگەر شایەتەکە خۆی بیەوێت و بتوانێت بە سەلامەتی هەڵیبگرێت، پێشکەشی بکە.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>پاشەکەوتکردنی پوختەکە وەک PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>فایلی PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>فایلی PDF پاشەکەوت نەکرا: %1</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation>دراوە</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>گۆڕدراوە</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>وەرگیراوەتەوە</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>واژۆ</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>نیشانە</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>زارەکی</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>فۆرمی کاغەزی</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>نەپرسراوە</translation>
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation>ڕەزامەندییەکە پاشەکەوت نەکرا: وەڵامەکان لەگەڵ فۆرمەکەدا ناگونجێن. بگەڕێوە بۆ پێداچوونەوە و هەموو وەڵامێک بپشکنە.</translation>
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation>ڕەزامەندیی ئەم چاوپێکەوتنە لە شوێنێکی ترەوە گۆڕدرا لە کاتێکدا ئەم فۆرمە کراوە بوو. هیچ شتێک پاشەکەوت نەکرا؛ دۆخی شایەت دابخە و دووبارە بیکەرەوە.</translation>
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation>ئەم فایلە وێنە، PDF یان فایلێکی دەنگیی پشتگیریکراو نییە. هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation>ئەم چاوپێکەوتنە هێشتا هیچ ڕەزامەندییەکی بۆ تۆمار نەکراوە.</translation>
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation>شایەتەکە پێشتر هەموو ڕەزامەندییەکەی وەرگرتووەتەوە.</translation>
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation>ئەم فۆرمی ڕەزامەندییە بەو زمانە بەردەست نییە.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n شایەتی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n شایەت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n چاوپێکەوتنکار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n ڕووداو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s) named</source>
        <translation>
            <numerusform>%n قوربانیی ناوهێنراو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n فایل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Vault created</source>
        <translation>قاسە دروستکرا</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>دەستەواژەی نهێنی گۆڕدرا</translation>
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation>بەشەکانی گەڕاندنەوە دروستکران</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>ڕێکخستنەکان گۆڕدران</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>یەدەگ دروستکرا</translation>
    </message>
    <message>
        <source>Device keys created</source>
        <translation>کلیلەکانی ئامێر دروستکران</translation>
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation>کلیلی ناسنامەی شایەتەکان لابرا</translation>
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation>متمانە بە کلیل کرا (ئامێر تۆمارکرا)</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>کلیل پووچەڵکرایەوە</translation>
    </message>
    <message>
        <source>Linkage key created</source>
        <translation>کلیلی بەستنەوە دروستکرا</translation>
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation>پەنجەمۆرەکان لە ناسنامە مۆرکراوەکان هەژمارکران</translation>
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation>کلیلی بەستنەوە درا بە ئامێرێک</translation>
    </message>
    <message>
        <source>Linkage key received</source>
        <translation>کلیلی بەستنەوە وەرگیرا</translation>
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation>پێڕستی چاوپێکەوتنە پێشووەکان درا</translation>
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation>پێڕستی چاوپێکەوتنە پێشووەکان وەرگیرا</translation>
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation>پێڕستی چاوپێکەوتنە پێشووەکان لابرا</translation>
    </message>
    <message>
        <source>Interview created</source>
        <translation>چاوپێکەوتن دروستکرا</translation>
    </message>
    <message>
        <source>Interview details changed</source>
        <translation>وردەکارییەکانی چاوپێکەوتن گۆڕدران</translation>
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation>چاوپێکەوتن لە فایلێکەوە زیادکرا</translation>
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation>چاوپێکەوتن لە بەستەیەکەوە هاوردەکرا</translation>
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation>چاوپێکەوتن لە بەستەیەکەوە نوێکرایەوە</translation>
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation>چاوپێکەوتن لە بەستەیەکدا نێردرا</translation>
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation>چاوپێکەوتن داخرا: ڕەزامەندی وەرگیرایەوە</translation>
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation>چاوپێکەوتن دووبارە کرایەوە: ڕەزامەندی دووبارە درا</translation>
    </message>
    <message>
        <source>Interview purged</source>
        <translation>چاوپێکەوتن پاککرایەوە</translation>
    </message>
    <message>
        <source>Witness added</source>
        <translation>شایەت زیادکرا</translation>
    </message>
    <message>
        <source>Witness details changed</source>
        <translation>وردەکارییەکانی شایەت گۆڕدران</translation>
    </message>
    <message>
        <source>Testimony started</source>
        <translation>شایەتی دەستی پێکرد</translation>
    </message>
    <message>
        <source>Testimony saved</source>
        <translation>شایەتی پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation>شایەتی یەکلاکرایەوە</translation>
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation>ڕاستکردنەوە دەستی پێکرد (وەشانی نوێ)</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>ڕووداو زیادکرا</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>ڕووداو گۆڕدرا</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>ڕووداو لابرا</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>کەس زیادکرا</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>زانیاریی کەس گۆڕدرا</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>کەس لابرا</translation>
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation>ڕۆڵێک لە ڕووداوێکدا زیادکرا</translation>
    </message>
    <message>
        <source>Role in an incident changed</source>
        <translation>ڕۆڵێک لە ڕووداوێکدا گۆڕدرا</translation>
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation>ڕۆڵێک لە ڕووداوێکدا لابرا</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>پەیوەندیی فەرماندەیی زیادکرا</translation>
    </message>
    <message>
        <source>Command link changed</source>
        <translation>پەیوەندیی فەرماندەیی گۆڕدرا</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>پەیوەندیی فەرماندەیی لابرا</translation>
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation>جۆرێکی پێشێلکاری بۆ لیستەکە زیادکرا</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation>ئەو شایەتانەی لەوانەیە دووبارە بن نیشانکران</translation>
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation>تۆمارەکانی ئەنجامدەر تێکەڵکران</translation>
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation>تێکەڵکردنی ئەنجامدەران هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation>ناسنامەی شایەت تۆمارکرا</translation>
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation>ناسنامەی شایەت گۆڕدرا</translation>
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation>ناسنامەی شایەت مۆرکرا</translation>
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation>ناسنامەی مۆرکراو لە بەستەیەکدا نێردرا</translation>
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation>ناسنامەی مۆرکراو وەرگیرا</translation>
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation>ناسنامەی شایەت پیشاندرا</translation>
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation>ناسنامەی شایەت لەناوبرا</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>پاشکۆ زیادکرا</translation>
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation>پاشکۆ لە بەستەیەکەوە هاوردەکرا</translation>
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation>کۆپییەکی ڕەشکراوە دروستکرا</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>پاشکۆ سڕایەوە</translation>
    </message>
    <message>
        <source>Attachment destroyed</source>
        <translation>پاشکۆ لەناوبرا</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>پاشکۆ هەناردەکرا</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>تۆمارکردنی دەنگ دەستی پێکرد</translation>
    </message>
    <message>
        <source>Recording saved</source>
        <translation>دەنگی تۆمارکراو پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation>تۆماری دەنگیی پچڕاو گەڕێندرایەوە</translation>
    </message>
    <message>
        <source>Recording discarded</source>
        <translation>دەنگی تۆمارکراو فڕێدرا</translation>
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation>تۆماری دەنگیی پچڕاو پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>ڕەزامەندی تۆمارکرا</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>ڕەزامەندی درا</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>ڕەزامەندی گۆڕدرا</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>ڕەزامەندی وەرگیرایەوە</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation>گۆڕانکاریی ڕەزامەندی وەرگیرا</translation>
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation>تۆماری ڕەزامەندیی زارەکی هاوپێچکرا</translation>
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation>تۆماری ڕەزامەندیی زارەکی لابرا</translation>
    </message>
    <message>
        <source>Accountability body added</source>
        <translation>لایەنی لێپرسینەوە زیادکرا</translation>
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation>لایەنی لێپرسینەوە چالاککرا</translation>
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation>لایەنی لێپرسینەوە ناچالاککرا</translation>
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation>گۆڕانکاریی ڕەزامەندی لە بەستەیەکدا نێردرا</translation>
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation>گۆڕانکاریی ڕەزامەندی لە بەستەیەکەوە هاوردەکرا</translation>
    </message>
    <message>
        <source>Packet sealed</source>
        <translation>بەستە مۆرکرا</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>بەستە هاوردەکرا</translation>
    </message>
    <message>
        <source>Sender's custody history changed</source>
        <translation>تۆماری چاودێریی نێرەر گۆڕا</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>پسوولە دەرکرا</translation>
    </message>
    <message>
        <source>Receipt received</source>
        <translation>پسوولە وەرگیرا</translation>
    </message>
    <message>
        <source>Included in a case export</source>
        <translation>خرایە ناو هەناردەکردنی دۆسیەیەک</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <source>Every change is recorded here and chained by its hash, so a later alteration can be detected.</source>
        <translation>هەموو گۆڕانکارییەک لێرە تۆمار دەکرێت و بە پەنجەمۆرەکەی بە پێشووەکەیەوە دەبەسترێتەوە، بۆیە هەر دەستکارییەکی دواتر دەردەکەوێت.</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>تۆماری چاودێری</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کات</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کێ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چی</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>پەنجەمۆری ناوەڕۆک</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>هەماهەنگیکار گەیشتنی %n چاوپێکەوتنی پشتڕاست کردەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>%n چاوپێکەوتن لەم ئامێرە پاککرایەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>%n بەستە هاوردە کرا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator's receipt</source>
        <translation>پسوولەی هەماهەنگیکار هەڵبژێرە</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>ئەم پسوولەیە پێشتر هاوردە کراوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>پسوولە</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>پاککردنەوە</translation>
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation>هیچ کەرەستەیەکی گەیەنراو چاوەڕێی پاککردنەوە نییە.</translation>
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device's copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation>هەماهەنگیکار وەرگرتنی %1 چاوپێکەوتنی پشتڕاست کردەوە: %2.

پاککردنەوە کۆپیی ئەم ئامێرە بە یەکجاری لەناو دەبات (کلیلەکانیان لەناو دەبرێن)، بۆیە هیچ شتێکیان لەسەر ئەم کۆمپیوتەرە نادۆزرێتەوە. تەنها تۆمارێک دەمێنێتەوە کە گەیەنراون. ئێستا پاک بکرێتەوە؟</translation>
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation>بەستەکان بۆ هاوردەکردن هەڵبژێرە</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation>پشکنین و هاوردەکردن...</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>دەستپێک</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>کۆتایی</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>شوێنی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation>زمانەکان (کۆدەکان، بە فاریزە جیاکراونەتەوە)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>وەرگێڕی زارەکی</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>ئامادەبووانی تر</translation>
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation>ڕەوانەکردن بۆ خزمەتگوزارییەکانی پشتگیری پێشنیارکرا</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>تێبینییەکانی ڕەوانەکردن</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>بەڵێنی بەدواداچوون درا</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>بەرواری بەدواداچوون</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>تێبینییەکانی بەدواداچوون</translation>
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation>بارودۆخی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زمانەکان</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>بارودۆخ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>دیاری نەکراوە</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>پەنجەمۆر</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>یەکەم بەستە</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>دوایین بەستە</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>دوایین ژمارە</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>ژمارە ونبووەکان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>ئامێرە تۆمارکراوەکان</translation>
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation>تۆمارکردنی ئامێرێک...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>پووچەڵکردنەوە...</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>لە %1 بۆ %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>پووچەڵکرایەوە لە %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تۆمارکراوە</translation>
    </message>
    <message>
        <source>The device's key file</source>
        <translation>فایلی کلیلی ئامێرەکە</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>پووچەڵکردنەوەی ئامێر</translation>
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation>%1 پووچەڵ بکرێتەوە؟ هەموو ئەوەی پێشتر لێیەوە هاوردەکراوە دەمێنێتەوە؛ بەستە نوێیەکانی ڕەتدەکرێنەوە.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>پووچەڵکردنەوە</translation>
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation>هۆکار (لەگەڵ ئامێرەکە هەڵدەگیرێت):</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment's content</source>
        <translation>ناوەڕۆکی پاشکۆکە</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>دەقی فایلەکە</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>پەڕەی %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>%n پەڕەی تر پیشان نەدراون.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation>ناوەکان</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>ناوی یەکەم</translation>
    </message>
    <message>
        <source>father's name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>هەمان کەس</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>دوو کەسی جیاواز</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>ئەو شایەتانەی لەوانەیە دووبارە بن</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation>ئەو شایەتانەی لەوانەیە دوو جار چاوپێکەوتنیان لەگەڵ کرابێت، بە بەراوردکردنی ئەو پەنجەمۆرانەی بە کلیلێکی نهێنی دروستکراون دۆزراونەتەوە. ناوەکان پیشان نادرێن.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>ئەو شایەتانەی لەوانەیە دووبارە بن</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>شایەتەکان</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ڕێژەی لێکچوون</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>ئەو خانانەی یەک دەگرنەوە</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>نێرەر</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>هیچ دووبارەبوونێکی ئەگەری نییە.</translation>
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation>پەنجەمۆرەکانیان هەژمار بکە</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>هەمان کەس</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>دوو کەسی جیاواز</translation>
    </message>
    <message>
        <source>Show names...</source>
        <translation>پیشاندانی ناوەکان...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>نوێکردنەوە</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>%n شایەت هێشتا ناتوانرێن بەراورد بکرێن: ناسنامەکەیان لەسەر لاپتۆپێک مۆرکراوە کە کلیلی بەستنەوەی نەبوو. پەنجەمۆرەکانیان دەتوانرێت لێرە بە کلیلی ناسنامەی شایەتەکان هەژمار بکرێن؛ هیچ ناوێک پیشان نادرێت.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ئەم قاسەیە</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>پیشاندانی ناوەکان</translation>
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation>ئەمە ناوی %1 و %2 پیشان دەدات. پێویستی بە کلیلی ناسنامەی شایەتەکان هەیە، و هەر پیشاندانێک لە تۆماری چاودێریدا دەنووسرێت.</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>هیچ ناسنامەیەک تۆمار نەکراوە</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation>ئەگەر ناچار کرایت ئەم لاپتۆپە بکەیتەوە، لەبری دەستەواژەی نهێنیی خۆت دەستەواژەی نهێنیی ناچاری بنووسە. قاسەیەکی فریودەر دەکاتەوە: قاسەیەکی ڕاستەقینە و کارا لەگەڵ چەند چاوپێکەوتنێکی بێزیان. لەسەر دیسک، قاسەیەک کە دەستەواژەی نهێنیی ناچاریی هەیە وەک قاسەیەک دەردەکەوێت کە نییەتی.</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>دووبارەکردنەوەی دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>Typing it also destroys this vault's keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation>نووسینی کلیلەکانی ئەم قاسەیەش لەناو دەبات، وەک سڕینەوەی تەنگانە. ئەم کارە پاشگەزبوونەوەی نییە، و دواتر هیچ شتێک پیشان نادات کە ڕوویداوە.</translation>
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation>چەند چاوپێکەوتنێک دەربارەی ئامادەبوونی قوتابخانە (ناوخۆیی)</translation>
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation>چاوپێکەوتن لە فایلێکەوە کە ڕێکخراوەکەت پێی داویت</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>هەڵبژاردنی فایل...</translation>
    </message>
    <message>
        <source>Making the decoy</source>
        <translation>قاسە فریودەرەکە دروست دەکرێت</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>دانانی دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>لایببە</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دووبارە</translation>
    </message>
    <message>
        <source>Decoy content</source>
        <translation>ناوەڕۆکی فریودەر</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>هیچ دەستەواژەیەکی نهێنیی ناچاری دانەنراوە.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault's keys.</source>
        <translation>دەستەواژەی نهێنیی ناچاری دانراوە (لە %1ەوە)؛ نووسینی کلیلەکانی ئەم قاسەیەش لەناو دەبات.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation>دەستەواژەی نهێنیی ناچاری دانراوە (لە %1ەوە)؛ نووسینی تەنها قاسە فریودەرەکە دەکاتەوە.</translation>
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation>چاوپێکەوتنە فریودەرەکان</translation>
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation>چاوپێکەوتنی JSON (*.json)</translation>
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation>دوو دەستەواژە نهێنییەکەی ناچاری وەک یەک نین.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>دەستەواژەیەکی نهێنیی ناچاری بە لانیکەم 8 پیت هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation>ئەو فایلە هەڵبژێرە کە چاوپێکەوتنە فریودەرەکانی تێدایە.</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>لابردنی دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation>دەستەواژەی نهێنیی ناچاری و قاسە فریودەرەکەی نامێنن.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>پاشەکەوتکرا.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>لابرا.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>تۆمارکردنی ئامێرێک</translation>
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device's fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation>داوا لە چاوپێکەوتنکارەکە بکە پەنجەمۆری ئامێرەکەت بۆ بخوێنێتەوە یان پیشانت بدات، ڕووبەڕوو یان لە ڕێگەیەکەوە کە متمانەت پێیەتی، و لێرە بینووسە. تەنها ئەگەر هەردووکیان یەک بگرنەوە ئامێرەکە تۆمار دەکرێت.</translation>
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation>پەنجەمۆر وەک چاوپێکەوتنکارەکە دای</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تۆمارکردن</translation>
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation>دەرچوون لە دۆخی شایەت</translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation>چاوپێکەوتنکار: بۆ دەرچوون لە دۆخی شایەت، دەستەواژەی نهێنیی قاسەکە بنووسە.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>سەرەتا دەستەواژەی نهێنی بنووسە.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>دەپشکنرێت...</translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation>دەستەواژەی نهێنی هەڵەیە. دۆخی شایەت کراوە دەمێنێتەوە.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation>ناردنی شایەتی بۆ هەماهەنگیکار</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation>فایلەکانی کلیل (*.key *.json)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation>هەڵبژاردن...</translation>
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایلەکانی JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation>هاوردەکردنی چاوپێکەوتنێک (JSON)</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>تۆمارکردنی ڕەزامەندییەکی کاغەزی</translation>
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation>سەرەتا ئەو چاوپێکەوتنە بکەرەوە کە ڕەزامەندییە کاغەزییەکە هی ئەوە.</translation>
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation>تۆماری ڕەزامەندی (JSON)</translation>
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation>وێنەی فۆرمە واژۆکراوەکە</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>وێنەی سکانکراو (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation>ئامێر</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>جۆری پێشێلکاری</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>دەکرێت هاوبەش بکرێت لەگەڵ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>وەشانەکان</translation>
    </message>
    <message>
        <source>Never corrected</source>
        <translation>هەرگیز ڕاست نەکراوەتەوە</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>ڕاستکراوەتەوە</translation>
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation>چاوپێکەوتنکار، بەشێک لە ناو</translation>
    </message>
    <message>
        <source>Place or governorate</source>
        <translation>شوێن یان پارێزگا</translation>
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation>ئەنجامدەری گومانلێکراو یان یەکە</translation>
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation>ڕووداوەکان لە (ساڵ، ساڵ-مانگ یان بەروار)</translation>
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation>ڕووداوەکان تا (ساڵ، ساڵ-مانگ یان بەروار)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>پێشێلکاری</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>ئەنجامدەر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>هاوبەشکراو لەگەڵ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هەمووی</translation>
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation>هیچ ڕەزامەندییەک بۆ ئەم چاوپێکەوتنە تۆمار نەکراوە.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>شایەتەکە ڕەزامەندییەکەی وەرگرتەوە.</translation>
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation>شایەتییەکە هیچ دەقێکی نییە.</translation>
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation>شایەتییەکە هیچ پوختەیەکی نییە.</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>هیچ ڕووداوێک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <source>%n incident(s) without a title ("Untitled incident").</source>
        <translation>ڕووداوی بێ ناونیشان («ڕووداوی بێ ناونیشان»): %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation>ڕووداوی بێ بەروار: %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation>ڕووداوی بێ پێشێلکاری: %n.</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation>یەکلاکردنەوە ئەم شایەتییە وەک بەڵگە دەچەسپێنێت: دواتر کەس ناتوانێت بیگۆڕێت، و پەنجەمۆرەکەی (هاشێکی SHA-256) لە تۆماری چاودێریدا دەنووسرێت. ڕاستکردنەوەکانی دواتر دەبنە وەشانی نوێ کە بەم وەشانەوە بەستراون.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>هێشتا کەمە:</translation>
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation>ئێستا یەکلای بکەیتەوە؟</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>شایەتییەکە یەکلا بکرێتەوە؟</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>یەکلاکردنەوە</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>هێشتا نا</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation>هەماهەنگیکار</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation>کلیلی %1 (%2) لە %3</translation>
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation>کلیلی %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation>پەنجەمۆر</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Testimony Recorder</source>
        <translation>بەخێربێیت بۆ تۆمارکەری شایەتی</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation>هەرچی تۆماری دەکەیت لە قاسەیەکی شفرەکراودا لەسەر ئەم کۆمپیوتەرە هەڵدەگیرێت. تەنها دەستەواژەی نهێنییەکەت، یان ئەو کلیلی گەڕاندنەوەیەی دەینووسیتەوە، دەتوانێت بیکاتەوە. بەرنامەکە هەرگیز بە ئینتەرنێتەوە پەیوەست نابێت.</translation>
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation>ناوەکەت یان کۆدەکەت وەک چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation>بۆ نموونە: چاوپێکەوتنکار 7</translation>
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation>لەگەڵ هەرچی تۆماری دەکەیت لە تۆماری چاودێریدا دەنووسرێت. بەکارهێنانی کۆد لە ناوی ڕاستەقینەت سەلامەتترە.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>بەردەوام بە</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Your name or code</source>
        <translation>ناو یان کۆدەکەت</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>دەستەواژەیەکی نهێنی هەڵبژێرە</translation>
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation>هەر جارێک قاسەکە بکەیتەوە دەبێت بینووسیت. با درێژ بێت و تەنها خۆت بیزانیت. ئەگەر کۆمپیوتەرەکە لێت بسەنرێت، ئەم دەستەواژە نهێنییەیە ئەو کەسانە دەپارێزێت کە متمانەیان پێت کردووە.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>دووبارەکردنەوەی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>دروستکردنی قاسە</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دووبارە</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>دوو دەستەواژە نهێنییەکە وەک یەک نین.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation>قاسەکە دروست دەکرێت. چەند چرکەیەک دەخایەنێت: بەرنامەکە توانای ئەم کۆمپیوتەرە دەپێوێت بۆ ئەوەی هێرشکردنە سەر دەستەواژە نهێنییەکە هێندەی بکرێت قورس بێت.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>قاسەکە دروست دەکرێت</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>کلیلی گەڕاندنەوەکەت بنووسەوە</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation>ئەگەر دەستەواژە نهێنییەکەت لەبیر چوو، ئەم کلیلە تاکە ڕێگەیە بۆ کردنەوەی قاسەکە. ئێستا لەسەر کاغەزێک بینووسە و کاغەزەکە لە شوێنێکی سەلامەت و دوور لەم کۆمپیوتەرە هەڵبگرە: هەر کەسێک ئەو کاغەزەی دەست بکەوێت دەتوانێت قاسەکە بکاتەوە. جارێکی تر پیشان نادرێتەوە.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation>کلیلەکەم لەسەر کاغەز نووسیوە</translation>
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation>دوایین کۆمەڵەی کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>دەست پێبکە</translation>
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation>بۆ پشکنین، چوار هێمای کۆتایی بنووسە</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 B</source>
        <extracomment>Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase is translated so a language can put the unit first or use its own abbreviation.</extracomment>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 کیلۆبایت</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 مێگابایت</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 گیگابایت</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>date not known</source>
        <translation>بەروار نەزانراوە</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>لە نێوان %1 و %2</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>نزیکەی %1</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation>بەروارەکە تا چەند ورد زانراوە</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>لە ڕۆژێکی دیاریکراودا</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>لە مانگێکدا</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>لە ساڵێکدا</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>لە نێوان دوو بەرواردا</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>نزیکەیی</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>and</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>کۆتایی ماوەکە</translation>
    </message>
    <message>
        <source>from</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>around</source>
        <translation>نزیکەی</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>سەرەتای ماوەکە</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>وەها دەخوێنرێتەوە: %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>کۆتایی ماوەکە: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>ماوەکە پێش دەستپێکردنی کۆتایی دێت.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>ڕێبەری بەکارهێنەر</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ڕێبەری بەکارهێنەر</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کورتەڕێکانی تەختەکلیل</translation>
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation>دەربارەی تۆمارکەری شایەتی</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation>وەشانەکان و مێژوو</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>وەشانە پاشەکەوتکراوەکان</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>دەقی وەشانی هەڵبژێردراو</translation>
    </message>
    <message>
        <source>finalized %1</source>
        <translation>یەکلاکراوەتەوە لە %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>وەشانی %1 (%2)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>پاشەکەوتکراوە لە %1</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation>گێڕانەوە</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>دۆزرایەوە لە</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>بڕگە</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>full name</source>
        <extracomment>How each Identity field is named when saying which are filled in.</extracomment>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>ناوەکانی تر</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>بەرواری لەدایکبوون</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>بەڵگەنامەکانی ناسنامە</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>وێنە</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>ناسنامەی پارێزراو</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>پیشاندانی ناسنامە</translation>
    </message>
    <message>
        <source>Shows the witness's name and contact details; this is recorded in the custody log</source>
        <translation>ناو و زانیاریی پەیوەندیکردنی شایەت پیشان دەدات؛ ئەمە لە تۆماری چاودێریدا تۆمار دەکرێت</translation>
    </message>
    <message>
        <source>Seal identities now</source>
        <translation>ئێستا ناسنامەکان مۆر بکە</translation>
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation>هەموو ناسنامەیەک کە هێشتا لەسەر ئەم ئامێرە دەخوێندرێتەوە بۆ کلیلی ناسنامەی شایەتەکان مۆر دەکات</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>ناوەکانی تر، بە فاریزە جیاکراونەتەوە</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>بەرواری لەدایکبوون</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>پاشەکەوتکردنی ناسنامە</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>شاردنەوە</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ناوەکانی تر</translation>
    </message>
    <message>
        <source>Enter identity</source>
        <translation>نووسینی ناسنامە</translation>
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation>دووبارە بینووسە (جێی دەگرێتەوە)</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>هیچ ناسنامەیەک تۆمار نەکراوە. تەنها ئەگەر شایەتەکە ڕازی بوو تۆماری بکە، و تەنها ئەوەندەی پێویستە.</translation>
    </message>
    <message>
        <source>Sealed on %1 to the organisation's witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation>لە %1 بۆ کلیلی ناسنامەی شایەتەکانی ڕێکخراوەکە مۆرکرا: ئەم ئامێرە ناتوانێت بیخوێنێتەوە، هەر کەسێک بیکاتەوە.</translation>
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation>لەسەر ئەم ئامێرە دەخوێندرێتەوە: پێش تۆمارکردنی کلیلی ناسنامەی شایەتەکان پاشەکەوتکرا. ئێستا مۆری بکە، تا هیچ کەسێک کە ئەم ئامێرە دەکاتەوە نەتوانێت بیخوێنێتەوە.</translation>
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator's key file (Keys and contacts); identities can then be sealed.</source>
        <translation>لەسەر ئەم ئامێرە دەخوێندرێتەوە، و بۆ هەر کەسێک بە زۆر دەستەواژەی نهێنییەکەی بەدەست بهێنێت: هێشتا هیچ کلیلێکی ناسنامەی شایەتەکان تۆمار نەکراوە. متمانە بە فایلی کلیلی هەماهەنگیکارەکەت بکە (کلیلەکان و پەیوەندییەکان)؛ پاشان ناسنامەکان دەتوانرێن مۆر بکرێن.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>پڕکراوەتەوە: %1.</translation>
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation>کاتێک پاشەکەوتی دەکەیت مۆر دەکرێت: دواتر ئەم ئامێرە تەنها پیشان دەدات کام خانە پڕکراونەتەوە.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation>هیچ کلیلێکی ناسنامەی شایەتەکان تۆمار نەکراوە: تا مۆر دەکرێت لەسەر ئەم ئامێرە دەخوێندرێتەوە.</translation>
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation>پاشەکەوتکردن ناسنامەکە دەگۆڕێت؛ پاشان ئەگەر کلیلی ناسنامەی شایەتەکان تۆمارکرابێت مۆر دەکرێت.</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation>کلیلی ناسنامەی شایەتەکان</translation>
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation>ناسنامەکان بۆ کلیلی ناسنامەی شایەتەکان مۆرکراون. لەم قاسەیەوە بیکەرەوە، یان لەو فایلە کلیلەی کارمەندانی پاراستن هەڵیدەگرن.</translation>
    </message>
    <message>
        <source>From this vault</source>
        <translation>لەم قاسەیەوە</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>لە فایلێکەوە...</translation>
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation>فایلی کلیلی ناسنامەی شایەتەکان</translation>
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation>هۆکاری پیشاندانی ناسنامە</translation>
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation>بۆچی پێویستە بزانیت ئەم شایەتە کێیە؟ هۆکار و کات لە تۆماری چاودێریدا دەنووسرێن.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>ناو: %1</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>ناوەکانی تر: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>لەدایکبوون: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تەلەفۆن: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>ناونیشان: %1</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>ناسنامەی شایەت</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation>هاوردەکردنی بەستەکان</translation>
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation>بۆخچەیەک (وەک فلاشێک) یان فایلی بەستە هەڵبژێرە، یان لێرە دایانبنێ. بەستە دابەشکراوەکان (.001، .002...) پێکەوە دەلکێنرێن، و هەر بەستەیەک پێش هەڵگرتنی هەر شتێکی دەپشکنرێت.</translation>
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation>بۆخچە و فایلەکان بۆ هاوردەکردن</translation>
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation>هەڵبژاردنی بۆخچەیەک...</translation>
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation>هەڵبژاردنی فایلەکان...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>پێشکەوتنی هاوردەکردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Packets in this import</source>
        <translation>بەستەکانی ئەم هاوردەکردنە</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>بەستە</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>نێرەر</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>زنجیرە</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>واژۆ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>تۆمارەکان</translation>
    </message>
    <message>
        <source>Consent changes</source>
        <translation>گۆڕانکارییەکانی ڕەزامەندی</translation>
    </message>
    <message>
        <source>Reason or warning</source>
        <translation>هۆکار یان ئاگادارکردنەوە</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation>پاشەکەوتکردن وەک JSON...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Folder with packets</source>
        <translation>بۆخچەی بەستەکان</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>فایلەکانی بەستە</translation>
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation>بەدوای بەستەکاندا دەگەڕێت...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>هەڵدەوەشێندرێتەوە...</translation>
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation>بەستەی %1 لە %2: %3 (%4 لە %5 MB)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>تەواو بوو.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>پاشەکەوتکردنی ڕاپۆرتی هاوردەکردن</translation>
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
        <translation>بەستەی %1 لە %2 (ئامێری %3)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>پێشتر لە %1 هاوردە کراوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>%n چاوپێکەوتن هاوردە کرا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>ئاگاداری: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation>ناونیشانی ڕووداوەکە</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چی ڕوویدا</translation>
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation>چی ڕوویدا، وەک شایەت گێڕایەوە.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>لە کوێ</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>کێ تێوەگلابوو</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>هێشتا پاشەکەوت نەکراوە</translation>
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation>پاشەکەوتکرا، جگە لە وەسفەکە: لە %1 پیت درێژترە.</translation>
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation>پاشەکەوتکرا، جگە لە بەروار یان شوێن: کێشەکە لە سەرەوە ببینە.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <source>Add a violation type</source>
        <translation>زیادکردنی جۆرێکی پێشێلکاری</translation>
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation>ناوی جۆری پێشێلکارییەکە، وەک دەبێت لە لیستەکەدا دەربکەوێت:</translation>
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation>ئەو ناوە زۆر درێژە (زۆرترین %1 پیت).</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation>ڕووداوەکانی ئەم چاوپێکەوتنە</translation>
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation>ناونیشانی ڕووداوێکی نوێ</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>ڕووداوی نوێ: ناونیشان</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>زیادکردنی ڕووداو</translation>
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation>زیادکردنی ڕووداوێک بەم ناونیشانە</translation>
    </message>
    <message>
        <source>Remove incident...</source>
        <translation>لابردنی ڕووداو...</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>لابردنی ڕووداوە دیاریکراوەکە</translation>
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation>هێشتا هیچ ڕووداوێک نییە. ناونیشانی یەکەمیان لە سەرەوە بنووسە و Enter دابگرە.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کەی</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>ڕووداوی بێ ناونیشان</translation>
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation>ڕووداوەکە لاببرێت؟</translation>
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation>ڕووداوی %1 لەگەڵ ئەو ڕۆڵانەی تێیدا تۆمارکراون لاببرێت؟ لابردنەکە لە تۆماری چاودێریدا دەنووسرێت.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <translation>یەکلاکردنەوەی شایەتی...</translation>
    </message>
    <message>
        <source>Interview sections</source>
        <translation>بەشەکانی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>تۆماری چاودێری</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>شایەت %1</translation>
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation>چاوپێکەوتن (%1)، هێشتا شایەتی نییە</translation>
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation>چاوپێکەوتن (%1)، شایەتی یەکلاکراوەتەوە</translation>
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation>چاوپێکەوتن (%1)، شایەتی ڕەشنووسە</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>بەرواری نەزانراو</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>یەکلاکراوە</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>دەستی پێنەکراوە</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (وەشانی %2)</translation>
    </message>
    <message>
        <source>%1, delivered</source>
        <translation>%1، گەیەنرا</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1، نێردرا</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation>گەڕان لە شایەتی، ڕووداو، شوێن و ئەنجامدەران</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>گەڕان</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>پاڵاوتن بەپێی دۆخ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هەموو دۆخەکان</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>ڕەشنووسەکان</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>یەکلاکراوەکان</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>دەستپێنەکراوەکان</translation>
    </message>
    <message>
        <source>Filter by violation</source>
        <translation>پاڵاوتن بەپێی پێشێلکاری</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>هەموو پێشێلکارییەکان</translation>
    </message>
    <message>
        <source>Filter by date of the interview</source>
        <translation>پاڵاوتن بەپێی ڕێکەوتی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>هەموو ڕێکەوتەکان</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ڕۆژی ڕابردوو</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ڕۆژی ڕابردوو</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 مانگی ڕابردوو</translation>
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation>پاڵاوتن بەپێی گەیاندن</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>هەموو دۆخەکانی ناردن</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>هێشتا نەنێردراوەکان</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>نێردراو، پشتڕاستنەکراوە</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>گەیەنراوەکان</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>چاوپێکەوتنەکان</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n چاوپێکەوتن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>%n چاوپێکەوتن دۆزرایەوە</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation>شایەتییەک لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation>پیشاندانی ناسنامە...</translation>
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation>بەشەکانی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Testimony versions</source>
        <translation>وەشانەکانی شایەتی</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>مێژووی ڕەزامەندی</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پاشکۆکان</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ڕەزامەندی</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(ڕووداوی بێ ناونیشان)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بێ ناو)</translation>
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation>کەسی بێناو</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation>شایەت %1، چاوپێکەوتنی لەگەڵ کرا لەلایەن %2 لە %3</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>شایەتەکە ڕەزامەندییەکەی وەرگرتەوە.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>یەکلاکراوە</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation>وەشانی %1 (%2) %3</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>پوختە:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>بەروار: %1</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>پێشێلکارییەکان: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>شوێن: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>نازناوەکان</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>سەر بە</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>پۆست</translation>
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation>لەژێر فەرماندەیی %1</translation>
    </message>
    <message>
        <source>Commanded %1</source>
        <translation>فەرماندەی %1 بوو</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>کۆپیی ڕەشکراوە</translation>
    </message>
    <message>
        <source>original</source>
        <translation>ڕەسەن</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(داخراوە)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>The witness's consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation>ڕەزامەندیی شایەتەکە ڕێگە بەم ڕێکخراوە نادات ئەم فایلە بەکاربهێنێت، بۆیە داخراو دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation>ڕەزامەندی تەنها ڕێگە بە بەکارهێنانی کۆپییەکی ڕەشکراوەی ئەم فایلە دەدات، و هیچ کۆپییەکی وا لێرە نییە، بۆیە داخراو دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation>کۆپییە ڕەشکراوەکەی پیشان دەدرێت: ڕەزامەندی تەنها ڕێگە بە بەکارهێنانی کۆپیی ڕەشکراوە دەدات.</translation>
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation>کۆپییەکی ڕەشکراوە: مێتاداتای ناسێنەر پێش ناردنی لابرا.</translation>
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation>ڕەسەنەکە، وەک تۆمارکراوە: ڕەزامەندی ڕێگە بە بەکارهێنانی دەدات.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>دراوە</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>دەستکاریکراوە</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>وەرگیراوەتەوە</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 لە %2 (%3)</translation>
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation>%1: شایەتی %2، ناسنامە %3، دەنگ %4</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  لەلایەن %3</translation>
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation>لەم قاسەیەدا نووسراوە، هاوردە نەکراوە.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>ئامێر: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>پەنجەمۆر: %1</translation>
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation>واژۆ: بە کلیلی ئامێرە تۆمارکراوەکە پشکنراوە</translation>
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation>ئەم ئامێرە لەو کاتەوە پووچەڵکراوەتەوە.</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>بەستەکان:</translation>
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation>  ژمارە %1، مۆرکراوە %2، هاوردەکراوە %3، ناسنامە %4</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>SHA-256ی تۆمار: %1</translation>
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation>ڕێڕەوی چاودێری لەسەر ئامێرەکە:</translation>
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation>ڕێڕەوی چاودێری لەم ئەرشیفەدا:</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation>ئەو کەسانەی لەم ڕووداوەدا تێوەگلابوون، لەگەڵ ڕۆڵەکانیان</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation>کەس (هەڵبژێرە، یان ناوی کەسێکی نوێ بنووسە)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>ناوێک هەڵبژێرە یان بنووسە</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>ڕۆڵ لەم ڕووداوەدا</translation>
    </message>
    <message>
        <source>Notes on this role</source>
        <translation>تێبینی لەسەر ئەم ڕۆڵە</translation>
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation>بۆ نموونە بە لێکۆڵەرەکەی وت چی بپرسێت</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>زیادکردنی ڕۆڵ</translation>
    </message>
    <message>
        <source>Add this person's role in the incident</source>
        <translation>زیادکردنی ڕۆڵی ئەم کەسە لە ڕووداوەکەدا</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>لابردنی ڕۆڵ</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>لابردنی ڕۆڵە دیاریکراوەکە</translation>
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation>%1 (ئەنجامدەری گومانلێکراو)</translation>
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation>کەسێک هەڵبژێرە، یان ناوی کەسێکی نوێ بنووسە.</translation>
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation>%1 پێشتر ئەم ڕۆڵەی لەم ڕووداوەدا هەیە.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation>پێشکەوتن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>هەڵوەشاندنەوەی ئەم کارە</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>هەڵدەوەشێندرێتەوە...</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>کلیلەکان و پەیوەندییەکان</translation>
    </message>
    <message>
        <source>This device's fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation>پەنجەمۆری ئەم ئامێرە. کاتێک کەسێک متمانە بە کلیلەکەت دەکات، بۆی بخوێنەوە یان پیشانی بدە:</translation>
    </message>
    <message>
        <source>This device's fingerprint</source>
        <translation>پەنجەمۆری ئەم ئامێرە</translation>
    </message>
    <message>
        <source>Save my key file...</source>
        <translation>پاشەکەوتکردنی فایلی کلیلەکەم...</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>کلیلە متمانەپێکراوەکان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ڕێکخراو</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>پەنجەمۆر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation>متمانەکردن بە فایلی کلیلێک...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>پووچەڵکردنەوە...</translation>
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation>ئەو کلیلانەی ئەم ئامێرە متمانەیان پێدەکات</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>پووچەڵکراوەتەوە لە %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>متمانەپێکراو</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>هەماهەنگیکار</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Save my key file</source>
        <translation>پاشەکەوتکردنی فایلی کلیلەکەم</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>فایلی کلیل پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation>فایلی کلیل گشتییە: دەتوانێت بە هەر ڕێگەیەک بگوازرێتەوە. هەر کەسێک متمانەی پێ بکات دەبێت پەنجەمۆرەکەی لەگەڵ تۆدا بپشکنێت.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>فایلی کلیلێک هەڵبژێرە</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>پووچەڵکردنەوەی کلیلێک</translation>
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation>هیچ بەستەیەک جارێکی تر بۆ ئەم کلیلە نانێردرێت، و هیچ بەستەیەکیش لێیەوە وەرناگیرێت. بۆچی؟ (بۆ تۆماری چاودێری)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation>زمانی ڕووکار</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Let the witness choose the language of the consent form.</source>
        <translation>با شایەتەکە خۆی زمانی فۆرمی ڕەزامەندی هەڵبژێرێت.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>ئاستی دەنگی هاتوو</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>دەنگ نییە</translation>
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation>زۆر بەرز، نزیک لە تێکچوون</translation>
    </message>
    <message>
        <source>Good level</source>
        <translation>ئاستی باش</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>نزم</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>تۆمارکەری شایەتی</translation>
    </message>
    <message>
        <source>%1 - DEMO, fictional data</source>
        <translation>%1 - نموونەی تاقیکردنەوە، زانیاریی خەیاڵی</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>قاسە</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>چاوپێکەوتنی نوێ</translation>
    </message>
    <message>
        <source>&amp;Import an interview (JSON)...</source>
        <translation>هاوردەکردنی چاوپێکەوتنێک (JSON)...</translation>
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation>تۆمارکردنی ڕەزامەندییەکی کاغەزی...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>گەڕان...</translation>
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation>ناردن بۆ هەماهەنگیکار...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>هاوردەکردنی پسوولە...</translation>
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation>پاککردنەوەی کەرەستە گەیەنراوەکان...</translation>
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation>کلیلەکان و پەیوەندییەکان...</translation>
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation>تۆمارە دەنگییەکانی فۆرمی ڕەزامەندی...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>یەدەگگرتن...</translation>
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation>بەشەکانی گەڕاندنەوە...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>ڕێکخستنەکان...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفڵکردن</translation>
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation>سڕینەوەی تەنگانە...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>ئەرشیف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>سڕینەوەی تەنگانە</translation>
    </message>
    <message>
        <source>This destroys the vault's keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation>ئەمە یەکسەر کلیلەکانی قاسەکە لەناو دەبات. ئیتر هیچ شتێکی ناوی هەرگیز ناکرێتەوە، نە بە دەستەواژەی نهێنی و نە بە کلیلی گەڕاندنەوە. ئەو کەرەستانەی پێشتر گەیەنراونەتە هەماهەنگیکار لای ئەو سەلامەتن.

قاسە: %1</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>ئێستا بیسڕەوە</translation>
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation>قاسەکە سڕایەوە. بەرنامەکە ئێستا دادەخرێت.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation>ئەم دەستەواژە نهێنییە ئەم قاسەیە ناکاتەوە. زمانی تەختەکلیل و Caps Lock بپشکنە، پاشان دووبارە هەوڵ بدەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>ئەم کلیلی گەڕاندنەوەیە ئەم قاسەیە ناکاتەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation>هەڵەیەکی نووسین لەم کلیلی گەڕاندنەوەیەدا هەیە: پیتە پشکنەرەکانی یەک ناگرنەوە. هەموو کۆمەڵەیەک لەگەڵ کلیلە چاپکراوەکەدا بەراورد بکە، پاشان دووبارە بینووسەوە.</translation>
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>ئەم قاسەیە لە پەنجەرەیەکی تری تۆمارکەری شایەتی یان لە فەرمانێکدا کراوەتەوە. لەوێ دایبخە، پاشان دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>هیچ قاسەیەک لە %1 نییە.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation>پێشتر قاسەیەک لە %1 هەیە و دەستی لێ نەدرا. بیکەرەوە، یان بۆخچەیەکی تر بۆ قاسە نوێیەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation>فایلی کلیلی ئەم قاسەیە نەماوە: یان قاسەکە سڕاوەتەوە، یان فایلەکە سڕاوەتەوە. بەبێ ئەو فایلە قاسەکە ناکرێتەوە. ئەگەر یەدەگت هەیە، فایلی کلیلەکە لە یەدەگەوە بگەڕێنەوە.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation>فایلی کلیلی %1 تێکچووە. لە یەدەگەوە بیگەڕێنەوە. خودی قاسەکە نەگۆڕدراوە.</translation>
    </message>
    <message>
        <source>The vault's database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation>بنکەدراوەی قاسەکە %1 تێکچووە یان ناخوێندرێتەوە. لە یەدەگەوە بیگەڕێنەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation>ئەم قاسەیە بە وەشانێکی نوێتری تۆمارکەری شایەتی نووسراوە. بەرنامەکە نوێ بکەرەوە؛ قاسەکە نەگۆڕدراوە.</translation>
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation>نوێکردنەوەی قاسەکە سەرکەوتوو نەبوو، بۆیە وەک خۆی هێڵدرایەوە. تکایە ئەم کێشەیە ڕاپۆرت بکە.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>ئەو دیسکەی %1ی لەسەرە پڕە. ئەم هەنگاوە پاشەکەوت نەکرا؛ هەندێک شوێن چۆڵ بکە و دووبارە هەوڵ بدەوە. هەرچی پێشتر پاشەکەوتکراوە سەلامەتە.</translation>
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>ئەم شایەتییە یەکلاکراوەتەوە و ناگۆڕدرێت. لەبری ئەوە ڕاستکردنەوەیەک زیاد بکە: دەبێتە وەشانێکی نوێ.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>ئەم بابەتە چیتر بوونی نییە؛ لەوانەیە لابرابێت.</translation>
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation>%1 لەگەڵ زیاتر لە یەک بابەت یەک دەگرێتەوە. بەشێکی زیاتری ناسێنەرەکەی بنووسە، پاشان دووبارە هەوڵ بدەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation>هەندێک لەم زانیارییانە دروست نین، بۆیە پاشەکەوت نەکران. ئەوەی نووسیوتە بپشکنە، پاشان دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation>پەیوەندیی فەرماندەیی پێویستی بە دوو کەسی جیاوازە: کەس فەرمان بە خۆی نادات. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation>ئەمە پێشتر تۆمارکراوە، بۆیە هیچ زیاد نەکرا.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation>%1 بەتاڵە (0 بایت)، بۆیە هیچ شتێک هەڵنەگیرا. دڵنیابە کە فایلە دروستەکەیە، یان دووبارە لە سەرچاوەکەیەوە کۆپیی بکەرەوە.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation>%1 لەو جۆرە فایلانە نییە کە تۆمارکەری شایەتی بتوانێت هەڵیبگرێت، بۆیە هیچ شتێک هەڵنەگیرا. ئەمانە وەردەگرێت: دەنگ (WAV، FLAC، MP3، AAC، Ogg، M4A)، ڤیدیۆ (MP4، MOV، 3GP)، وێنە (JPEG، PNG، WebP)، PDF و دەقی سادە.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation>%1 ناتەواوە: لەوانەیە لە کاتی کۆپیکردندا پچڕابێت، بۆیە هیچ شتێک هەڵنەگیرا. دووبارە لە سەرچاوەکەیەوە کۆپیی بکەرەوە، پاشان دووبارە زیادی بکە.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>قاسەکە قفڵدراوە. بۆ بەردەوامبوون بیکەرەوە.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation>هەڵوەشێندرایەوە. هیچ شتێکی نیوەچڵ هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation>%1 وەک ئەو جۆرە فایلەی کە دەڵێت هەیەتی ناخوێندرێتەوە، بۆیە هیچ شتێک هەڵنەگیرا. لەسەر ئەو ئامێرەی لێیەوە هاتووە بیکەرەوە بۆ پشکنینی، پاشان دووبارە کۆپیی بکەرەوە.</translation>
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation>%1 ئەو فایلە نییە کە چاوەڕوان دەکرا (پەنجەمۆرەکەی جیاوازە)، بۆیە هیچ شتێک هەڵنەگیرا.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault's media folder from a backup.</source>
        <translation>فایلێکی هەڵگیراو تێکچووە یان دەستکاری کراوە، بۆیە ناکرێتەوە. تۆمارەکە و پەنجەمۆرەکەی سەلامەتن؛ بۆخچەی میدیای قاسەکە لە یەدەگەوە بگەڕێنەوە.</translation>
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation>کۆپییەکی هاوبەشکراو بەبێ وردەکاریی ناسێنەر لە %1 دروست نەکرا. ئەسڵەکە نەگۆڕاوە؛ فایلەکە هاوبەش ناکرێت.</translation>
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 زۆر گەورەیە بۆ ئەوەی لەناو بەرنامەکەدا لێبدرێت. بە سەلامەتی لە قاسەکەدا دەمێنێتەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1 زۆر گەورەیە بۆ ئەوەی لەناو بەرنامەکەدا پیشان بدرێت. بە سەلامەتی لە قاسەکەدا دەمێنێتەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation>نەتوانرا %1 پیشان بدرێت: تێکچووە، یان لەو جۆرەیە کە بەرنامەکە ناتوانێت پیشانی بدات. وەک خۆی کە هات لە قاسەکەدا دەمێنێتەوە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation>تۆمارکردن وەستا بەهۆی کێشەیەک لە مایکرۆفۆن یان دیسکەکەدا. هەرچی تا ئەو کاتە تۆمارکرابوو هەڵگیرا.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation>هیچ مایکرۆفۆنێک نەدۆزرایەوە. یەکێک ببەستەوە (یان لە ڕێکخستنەکاندا هەڵیبژێرە)، پاشان دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation>مایکرۆفۆنی %1 نەدۆزرایەوە. دڵنیابە کە بەستراوەتەوە، یان لە ڕێکخستنەکاندا یەکێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation>ئەم فایلە بەڵگەی تۆمارێکی ڕەزامەندییە، بۆیە ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness's consent first.</source>
        <translation>هیچ ڕەزامەندییەک بۆ ئەم چاوپێکەوتنە تۆمار نەکراوە، بۆیە هیچ شتێکی ناتوانێت ئەم ئامێرە بەجێ بهێڵێت. سەرەتا ڕەزامەندیی شایەتەکە وەربگرە.</translation>
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation>شایەتەکە ڕەزامەندیی خۆی بۆ ئەم چاوپێکەوتنە وەرگرتەوە.</translation>
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation>شایەتەکە ڕازی نەبوو بە تۆمارکردنی دەنگ، بۆیە تۆمارکەری دەنگ بۆ ئەم چاوپێکەوتنە کوژاوەیە.</translation>
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation>ئەم ڕەزامەندییە تۆمار ناکرێت: وەڵامەکان لەگەڵ فۆرمی ڕەزامەندیدا ناگونجێن. بگەڕێوە بۆ پێداچوونەوە و هەموو وەڵامێک بپشکنە.</translation>
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation>ئەم ڕەزامەندییە لە دوای ڕەزامەندیی بەرکار نایەت (لەو ماوەیەدا گۆڕدراوە). چاوپێکەوتنەکە دووبارە بکەرەوە و هەنگاوەکە دووبارە بکەرەوە.</translation>
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation>بەڵگەی ڕەزامەندی وەرنەگیرا: دەبێت وێنە، PDF یان فایلێکی دەنگیی ئەم چاوپێکەوتنە بێت، بەتاڵ نەبێت، زۆر گەورە نەبێت، و بەڵگەی ڕەزامەندییەکی تر نەبێت. هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation>هەنگاوەکانی ڕەزامەندی بە ڕیز تەواو نەکران. لە هەنگاوی یەکەمەوە دەست پێبکەرەوە.</translation>
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation>دەقی ڕەزامەندی بەم زمانە لەم دامەزراندنەدا نییە. زمانێکی تر هەڵبژێرە یان بەرنامەکە دووبارە دابمەزرێنەوە.</translation>
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation>دەقی ڕەزامەندیی ئەم دامەزراندنە تێکچووە. بەرنامەکە دووبارە دابمەزرێنەوە.</translation>
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation>%1 فایلێکی کلیلی دروست نییە، یان تێکچووە. متمانە بە هیچ شتێک نەکرا؛ داوای کۆپییەکی نوێ لە خاوەنەکەی بکە.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation>ئەو پەنجەمۆرەی نووسیت لەگەڵ ئەم فایلی کلیلەدا یەک ناگرێتەوە. متمانە بە کلیلەکە نەکرا. ڕووبەڕوو لەگەڵ خاوەنەکەیدا بیپشکنە: لەوانەیە کەسێک فایلەکەی گۆڕیبێتەوە.</translation>
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation>ئەم کلیلە پێشتر پووچەڵ کراوەتەوە؛ جارێکی تر متمانەی پێ ناکرێت.</translation>
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation>هیچ کلیلێکی متمانەپێکراو لەگەڵ %1 یەک ناگرێتەوە.</translation>
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation>زیاتر لە یەک کلیلی متمانەپێکراو لەگەڵ %1 یەک دەگرێتەوە. بەشێکی زیاتری پەنجەمۆرەکە بنووسە.</translation>
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation>ئەو لایەنە لەناو ئەو لایەنانەدا نییە کە فۆرمی ڕەزامەندی پرسیاریان لەسەر دەکات، بۆیە ڕەزامەندی هەرگیز ناتوانێت ڕێگە بە هاوبەشکردن لەگەڵیدا بدات.</translation>
    </message>
    <message>
        <source>That is this device's own key; it does not need to be trusted.</source>
        <translation>ئەوە کلیلی خودی ئەم ئامێرەیە؛ پێویستی بە متمانەپێکردن نییە.</translation>
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation>ئەم قاسەیە ئەو کلیلە تایبەتەی تێدا نییە کە بۆ ئەو کارە پێویستە.</translation>
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation>ئەم قاسەیە کلیلی ناسنامەی شایەتەکانی نییە.</translation>
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation>لانیکەم یەک وەرگری متمانەپێکراو هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation>کلیلی %1 پووچەڵ کراوەتەوە، بۆیە هیچ شتێکی بۆ نانێردرێت. وەرگرێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>فایلی کلیلی %1 ناتوانێت شفرەکردنی دوای-کوانتەم وەربگرێت. داوای فایلێکی کلیلی نوێ لە خاوەنەکەی بکە، یان بەبێ شفرەکردنی دوای-کوانتەم بینێرە.</translation>
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation>ناتوانرێت بۆ %1 بنێردرێت: فایلی کلیلەکەی کلیلێکی پێویستی تێدا نییە. داوای فایلێکی کلیلی نوێ بکە و دووبارە متمانەی پێبکە.</translation>
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>کلیلی ناسنامەی شایەتەکانی %1 ناتوانێت شفرەکردنی دوای-کوانتەم وەربگرێت. داوای فایلێکی کلیلی نوێ لە خاوەنەکەی بکە، یان بەبێ شفرەکردنی دوای-کوانتەم بینێرە.</translation>
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation>هیچ شتێک نییە بۆ ناردن: هیچ چاوپێکەوتنێکی یەکلاکراوە لە دوایین بەستەوە نوێ یان گۆڕاو نییە.</translation>
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation>دوای پێشبینین شتێک گۆڕا. بگەڕێوە و دووبارە پێشبینینەکە بپشکنە.</translation>
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation>هەنگاوەکانی هەناردەکردن بە ڕیز نەنران. هەناردەکردنەکە دابخە و دووبارە دەستی پێبکەوە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation>بەستەکە زۆر گەورە دەبێت. هەر جارێک چاوپێکەوتنی کەمتر بنێرە.</translation>
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation>لە کاتی مۆرکردنی بەستەکەدا چاوپێکەوتنێک سڕایەوە، یان وەشانی کۆتاییەکەی دووبارە کرایەوە. هیچ شتێک نەنووسرا؛ بگەڕێوە و دووبارە پێشبینینەکە بپشکنە.</translation>
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation>فایلێکی ئەم چاوپێکەوتنە لە 8 گیگابایت گەورەترە، واتە زیاتر لەوەی بەستەیەک دەتوانێت هەڵیبگرێت، بۆیە هیچ شتێک نەنووسرا. لە هەماهەنگیکارەکەت بپرسە چۆن بیگەیەنیت.</translation>
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation>فایلێکی هەڵگیراو لەگەڵ تۆمارەکەیدا ناگونجێت، بۆیە بەستەکە نەنووسرا. هیچ شتێک نەنێردرا.</translation>
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation>%1 ناخوێندرێتەوە (لەوانەیە گوازرابێتەوە، یان زۆر گەورە بێت). هیچ شتێک نەگۆڕدرا؛ دووبارە فایلەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation>%1 نانووسرێت. هیچ شتێک نەنووسرا؛ شوێنێکی تر هەڵبژێرە یان هەندێک شوێن چۆڵ بکە.</translation>
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation>ئەو قەبارەی پارچەیە بەکار ناهێنرێت.</translation>
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation>فایلێک بەو ناوە پێشتر لەوێ هەیە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation>ئەم فایلە بەستەی تۆمارکەری شایەتی نییە.</translation>
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation>ئەم بەستەیە ناتەواوە: پچڕاوە، لەوانەیە لە کاتی کۆپیکردندا. دووبارە لە ئەسڵەکەوە کۆپیی بکەرەوە.</translation>
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation>ئەم بەستەیە دوای مۆرکردنی دەستکاری کراوە یان تێکچووە. بەکاری مەهێنە؛ داوای کۆپییەکی نوێ لە نێرەرەکە بکە. هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation>ئەم بەستەیە بۆ ئەم قاسەیە نەنێردراوە. هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation>پارچەیەکی ئەم بەستەیە ون بووە. هەموو پارچەکان (.001، .002، ...) لە هەمان بۆخچەدا دابنێ و دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation>ئەم بەستەیە ناخوێندرێتەوە. هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender's key first, after checking its fingerprint.</source>
        <translation>ئەم بەستەیە بە کلیلێک واژۆ کراوە کە ئەم قاسەیە متمانەی پێی نییە (%1). هیچ شتێک هاوردە نەکرا. سەرەتا، دوای پشکنینی پەنجەمۆرەکەی، متمانە بە کلیلی نێرەرەکە بکە.</translation>
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation>ئەم بەستەیە بە کلیلێکی پووچەڵکراوە واژۆ کراوە (%1). هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet's signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation>واژۆی ئەم بەستەیە دروست نییە: ساختەیە یان دەستکاری کراوە. هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation>ئەم بەستەیە پێشتر وەرگیراوە (یان کۆپییەکی کۆنە کە دووبارە نێردراوەتەوە). هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation>ئەم بەستەیە بەشێکی تێکچووی تێدایە. ڕەتکرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation>ئەم بەستەیە بەشێکی بە ناوێکی مەترسیدار تێدایە. ڕەتکرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation>ئەم بەستەیە بەشێکی تێدایە کە لە سنووری قەبارە گەورەترە. ڕەتکرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation>ئەم بەستەیە بە وەشانێکی نوێتری تۆمارکەری شایەتی دروستکراوە. بەرنامەکە نوێ بکەرەوە، پاشان دووبارە هاوردەی بکەرەوە.</translation>
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation>ئەم بەستەیە زیاتر لەوەی تێدایە کە شایەتەکانی ڕازی بوون هاوبەشی بکەن. ڕەتکرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation>چاوپێکەوتنێک لەم بەستەیەدا هی ئامێرێکی ترە. ڕەتکرایەوە؛ هیچ شتێک هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation>ئەوەی دەکرێت بسڕدرێتەوە دوای پیشاندانی لیستەکە گۆڕا (%1)، بۆیە هیچ شتێک نەسڕایەوە. دووبارە سەیری لیستەکە بکەوە.</translation>
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation>ئەمە پسوولەیەکی دروست نییە بۆ ئەم قاسەیە.</translation>
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation>هیچ بەستەیەکی هاوردەکراو لەو نێرەرەوە چاوەڕێی پسوولە نییە.</translation>
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation>بەستەی %1 لە %2 (ئامێری %3) نەگەیشتووە. داوای لە نێرەرەکە بکە.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation>بەستەکانی %1 تا %2 لە %3 (ئامێری %4) نەگەیشتوون. داوایان لە نێرەرەکە بکە.</translation>
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation>ئەم بەستەیە %1 وەک بەستەی پێش خۆی ناو دەبات، بەڵام بەستەی %2 کە لەم نێرەرەوە وەرگیراوە بریتییە لە %3. لە نێرەرەکە بپرسە کامیان ڕاستە.</translation>
    </message>
    <message>
        <source>The sender's custody log continues what it sent before.</source>
        <translation>تۆماری چاودێریی نێرەرەکە درێژەی ئەوەیە کە پێشتر ناردوویەتی.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation>یەکەم بەستە لەم نێرەرەوە: تۆماری چاودێرییەکەی لە سەرەتاوە پشکنرا.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation>یەکەم بەستە لەم نێرەرەوە: تۆماری چاودێرییەکەی لە بڕگەی ژمارە %1 بەدواوە پشکنرا.</translation>
    </message>
    <message>
        <source>The sender's custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation>هێشتا ناتوانرێت تۆماری چاودێریی نێرەرەکە پەیوەست بکرێت: بڕگەکانی %1 تا %2 لەو بەستانەدان کە نەگەیشتوون.</translation>
    </message>
    <message>
        <source>The sender's custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation>تۆماری چاودێریی نێرەرەکە چیتر لەگەڵ ئەوەی پێشتر ناردوویەتی یەک ناگرێتەوە (بڕگەی %1 گۆڕاوە): مێژووەکەی دووبارە نووسراوەتەوە. پێش ئەوەی پشت بەم بەستەیە ببەستیت، هۆکارەکەی لە نێرەرەکە بپرسە.</translation>
    </message>
    <message>
        <source>This is an interviewer's vault. The archive is kept in a coordinator's vault.</source>
        <translation>ئەمە قاسەی چاوپێکەوتنکارە. ئەرشیفەکە لە قاسەی هەماهەنگیکاردا هەڵدەگیرێت.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation>%1 بەروار نییە. ساڵێک، ساڵ و مانگێک، یان بەروارێکی تەواو بنووسە (2024، 2024-03 یان 2024-03-06).</translation>
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation>%1 بەهایەک نییە کە ئەم پاڵێوەرە وەری بگرێت.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer's device. It was not enrolled.</source>
        <translation>کلیلی %1 هی ئامێری چاوپێکەوتنکارێک نییە. وەک ئامێر تۆمار نەکرا.</translation>
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation>هیچ ئامێرێکی تۆمارکراو لەگەڵ %1 یەک ناگرێتەوە.</translation>
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation>هیچ بڕگەیەکی پێڕستی ئەنجامدەران لەگەڵ %1 یەک ناگرێتەوە.</translation>
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation>%1 لەگەڵ زیاتر لە یەک بڕگەی پێڕستی ئەنجامدەران یەک دەگرێتەوە. یەکێکیان لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation>%1 و %2 پێشتر یەک بڕگەن. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation>تەنها دوو کەس یان دوو یەکە دەتوانرێت تێکەڵ بکرێن، نەک کەسێک لەگەڵ یەکەیەک. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation>هیچ تێکەڵکردنێکی بەرکار لەگەڵ %1 یەک ناگرێتەوە؛ لەوانەیە پێشتر هەڵوەشێنرابێتەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation>ناسنامەکان مۆرکراو دەمێننەوە تا کلیلی ناسنامەی شایەتەکان دەکرێتەوە. سەرەتا بیکەرەوە (کارمەندانی پاراستن هەڵیدەگرن).</translation>
    </message>
    <message>
        <source>That is not this archive's witness-identity key. No identity was revealed.</source>
        <translation>ئەوە کلیلی ناسنامەی شایەتەکانی ئەم ئەرشیفە نییە. هیچ ناسنامەیەک پیشان نەدرا.</translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation>شایەتەکان ڕازی نەبوون هیچ کام لە شایەتییە هەڵبژێردراوەکان لەگەڵ ئەم لایەنەدا هاوبەش بکەن، بۆیە هیچ شتێک بۆ هەناردەکردن نییە. هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation>%1 پێشتر هەیە. ناوێکی تر هەڵبژێرە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator's key: choose their trusted key. Nothing was written.</source>
        <translation>هەناردەکراوی شفرەکراو بۆ کلیلی لێکۆڵەر مۆر دەکرێت: کلیلە متمانەپێکراوەکەی هەڵبژێرە. هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation>کلیلی %1 هی لایەنێکی ترە نەک ئەو لایەنەی هەڵبژێردراوە. ڕەزامەندی تەنها بۆ لایەنە هەڵبژێردراوەکە پشکنرا، بۆیە هیچ شتێک بۆ ئەم کلیلە مۆر نەکرا.</translation>
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation>کلیلی %1 پووچەڵکراوەتەوە یان ناتوانرێت بۆی مۆر بکرێت. هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation>شایەتیی %1 دوای پێشبینین گۆڕا (ڕەزامەندییەکەی یان تۆمارەکەی). دووبارە سەیری پێشبینین بکە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation>فایلێکی هەڵگیراو لەگەڵ پەنجەمۆرە تۆمارکراوەکەیدا ناگونجێت، بۆیە هەناردەکردنی دۆسیەکە ڕاگیرا. هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation>ئەو شێوەیەی هەناردەکردن نەناسراوە. بۆخچەیەک، فایلێکی zip یان فایلێکی شفرەکراو هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation>ناتوانرێت ڕاپۆرتەکان بەو زمانە بنووسرێن. زمانێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation>هەنگاوەکانی هەناردەکردنی دۆسیە بە ڕیز ئەنجام نەدران. لە هەنگاوی یەکەمەوە دەست پێبکەرەوە.</translation>
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation>بڵێ بۆچی ناسنامەکە پێویستە: هەر پیشاندانێک لەگەڵ هۆکارەکەیدا لە تۆماری چاودێریدا دەنووسرێت. هیچ شتێک پیشان نەدرا.</translation>
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation>ئەرشیفەکە هیچ ناسنامەیەکی ئەم شایەتەی تێدا نییە: یان ڕەزامەندی ڕێگەی نەدا هاوبەش بکرێت، یان لەناوبراوە.</translation>
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation>هاوردەکردنەکە ئێستا ناتوانێت ئەوە بکات. چاوەڕێ بکە تا تەواو دەبێت.</translation>
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation>هیچ ڕاپۆرتێکی هاوردەکردنی هەڵگیراو لەگەڵ %1 یەک ناگرێتەوە.</translation>
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation>پەنجەمۆرەکانی دۆزینەوەی شایەتی دووبارە بۆ یەکێک لە چاوپێکەوتنەکانی ئەم بەستەیە هەڵنەگیران؛ خودی چاوپێکەوتنەکە هاوردە کرا.</translation>
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator's key file made for this device; it carries the key.</source>
        <translation>ئەم قاسەیە هێشتا کلیلی بەستنەوەی ڕێکخراوی نییە. متمانە بە فایلی کلیلی هەماهەنگیکارەکەت بکە کە بۆ ئەم ئامێرە دروستکراوە؛ کلیلەکەی تێدایە.</translation>
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation>کلیلی بەستنەوەی ڕێکخراو لە ژێر کلیلی ناسنامەی شایەتەکاندا هەڵگیراوە، کە لەم قاسەیەدا نییە. داوا لە کارمەندانی پاراستن بکە ئەمە بکەن.</translation>
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation>فایلی کلیلی %1 کلیلێکی بەستنەوەی تێدایە کە بۆ ئامێرێکی تر دروستکراوە. متمانە بە هیچ شتێک نەکرا؛ داوای فایلێکی کلیل لە هەماهەنگیکار بکە کە بۆ ئەم ئامێرە دروستکرابێت.</translation>
    </message>
    <message>
        <source>Only a coordinator's vault can do this.</source>
        <translation>تەنها قاسەی هەماهەنگیکار دەتوانێت ئەمە بکات.</translation>
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation>لەم قاسەیەدا هیچ شایەتێک بە کۆدی %1 نییە.</translation>
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation>جووتێک پێویستی بە دوو شایەتی جیاوازە؛ %1 دوو جار دراوە.</translation>
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation>%1 پێڕستی چاوپێکەوتنە پێشووەکان نییە بۆ ئەم ئامێرە. هیچ شتێک نەگۆڕدرا؛ داوای پێڕستێکی نوێ لە هەماهەنگیکارەکەت بکە.</translation>
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation>ئەم بەشانەی گەڕاندنەوە ئەم قاسەیە ناکەنەوە: هی قاسەیەکی ترن، یان بەشی نوێتر جێیان گرتوونەتەوە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation>ئەمە پێویستی بە %1 بەشی جیاوازی گەڕاندنەوە هەیە؛ %2 دران. بە هێڵێکی بەتاڵ لە نێوانیاندا بیاننووسە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation>بەشی %1 ناخوێندرێتەوە. هەر وشەیەک لەگەڵ کاغەزەکە بەراورد بکە؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This identity is sealed to the organisation's witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation>ئەم ناسنامەیە بۆ کلیلی ناسنامەی شایەتەکانی ڕێکخراوەکە مۆرکراوە، بۆیە لەسەر ئەم ئامێرە ناخوێندرێتەوە. بۆ ڕاستکردنەوەی، دووبارە بینووسە.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator's key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation>هێشتا هیچ کلیلێکی ناسنامەی شایەتەکان تۆمار نەکراوە. سەرەتا متمانە بە فایلی کلیلی هەماهەنگیکارەکەت بکە (کلیلەکان و پەیوەندییەکان)؛ کلیلەکەی تێدایە. هیچ شتێک مۆر نەکرا.</translation>
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation>لێرە ناتوانرێت دەستەواژەی نهێنیی ناچاری دابنرێت یان لاببرێت. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault's passphrase. Nothing was changed.</source>
        <translation>دەستەواژەی نهێنیی ناچاری دەبێت جیاواز بێت لە دەستەواژەی نهێنیی قاسەکە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation>ناوەڕۆکی فریودەر لە %1 KiB دا جێی نابێتەوە. چاوپێکەوتنی کەمتر یان کورتتر هەڵبژێرە. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation>ئەم فایلە ناتوانرێت وەک ناوەڕۆکی فریودەر بەکاربهێنرێت. دەبێت JSONی چاوپێکەوتن بێت کە چەند چاوپێکەوتنێکی بێ پاشکۆ و بێ تۆماری ڕەزامەندی تێدابێت. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>This vault's recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation>کلیلی گەڕاندنەوەی ئەم قاسەیە پێش ئەوەی یەدەگ هەبێت دروستکراوە. سەرەتا کلیلێکی گەڕاندنەوەی نوێ دروست بکە (پاشان کۆنەکە کار ناکات). هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation>%1 لەناو بۆخچەی قاسەکەدایە. شوێنێک لە دەرەوەی هەڵبژێرە، وەک فلاشێکی USB؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault's backup, or one made before the recovery key was replaced.</source>
        <translation>%1 بەم کلیلی گەڕاندنەوەیە ناکرێتەوە. یەدەگی قاسەیەکی ترە، یان یەدەگێکە کە پێش گۆڕینی کلیلی گەڕاندنەوە گیراوە.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation>%1 تێکچووە یان دوای دروستکردنی دەستکاری کراوە. پشتی پێ مەبەستە؛ هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation>ئەم یەدەگانە بەدوای یەکدا نایەن. سەرەتا یەدەگە تەواوەکە بدە، پاشان هەر یەکێک لە دواترەکان بە ڕیز. هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation>پێشتر قاسەیەک لە %1 هەیە. دەستی لێ نەدرا.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>هەڵەیەک ڕوویدا (%1). هیچ شتێکی نیوەچڵ هەڵنەگیرا. تکایە ئەم کێشەیە ڕاپۆرت بکە.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>تۆمارکەری شایەتی</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>Choose a folder, for example on a memory stick</source>
        <translation>بۆخچەیەک هەڵبژێرە، بۆ نموونە لەسەر فلاشێک</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation>%1: وردەکاری</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation>ڕۆژ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مانگ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ساڵ</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: ڕۆژ</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: مانگ</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: ساڵ</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>ساڵەکە بنووسە.</translation>
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation>ساڵێک لە نێوان %1 و %2 بنووسە.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>مانگەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>ڕۆژەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation>مانگی ئەو ڕۆژە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>ئەو مانگە ڕۆژی %1ی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>پیشاندان</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>پیشاندانی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>شاردنەوە</translation>
    </message>
</context>
<context>
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation>هەمان ناو، بە ڕێنووسێکی تر</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ناوی هاوشێوە</translation>
    </message>
    <message>
        <source>alias matches</source>
        <translation>نازناو یەک دەگرێتەوە</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>هەمان یەکە</translation>
    </message>
    <message>
        <source>different units</source>
        <translation>یەکەی جیاواز</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>هەمان پلە</translation>
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>شایەتەکان</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>چاوپێکەوتنکاران</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>شایەتییەکان</translation>
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation>نازناو و ڕێنووسەکان</translation>
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation>سەربەستی، یەکە، پلە</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation>بە ناو بگەڕێ، بە هەر ڕێنووسێک</translation>
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation>گەڕان بە ناو بۆ ئەنجامدەرێکی گومانلێکراو</translation>
    </message>
    <message>
        <source>Alleged perpetrators</source>
        <translation>ئەنجامدەرە گومانلێکراوەکان</translation>
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation>تۆمەتەکان و پشتڕاستکردنەوە</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>یەکخستنە پێشنیارکراوەکان</translation>
    </message>
    <message>
        <source>First</source>
        <translation>یەکەم</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>دووەم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ڕێژەی لێکچوون</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>بۆچی</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>یەکخستن...</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>مێژووی یەکخستن</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>هێڵدراوەتەوە</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>تێیدا یەکخرا</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>ڕێکەوتی یەکخستن</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation>هەڵوەشاندنەوەی یەکخستن...</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>تۆمەتەکان</translation>
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n ئەنجامدەری گومانلێکراو</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role ("Carried it out"), %2 the violation, %3 who backs it ("2 witnesses, 1 interviewer, and 2 testimonies").</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>no violation type</source>
        <translation>بێ جۆری پێشێلکاری</translation>
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation>ڕووداوەکان لە نێوان %1 و %2</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>شوێنەکان: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>یەکخستن</translation>
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation>%1 و %2 وەک یەک %3 هەژمار بکرێن؟ شایەتی و پشتڕاستکردنەوەکانیان پێکەوە دەژمێردرێن. یەکخستنەکە لە تۆماری چاودێریدا دەنووسرێت و دەتوانرێت هەڵبوەشێنرێتەوە.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>هەڵوەشاندنەوەی یەکخستن</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation>یەکخستنی %1 لەناو %2 هەڵبوەشێنرێتەوە؟ هەردووکیان دووبارە جیا لیست دەکرێن؛ یەکخستنەکە وەک هەڵوەشێنراوە لە مێژوودا دەمێنێتەوە.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation>ناو، نازناو یان ئەوەی شایەت پێی ناوی دەبات</translation>
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation>ناوەکانی تر (بە کۆما جیاکراونەتەوە)</translation>
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation>سەر بە (هێز، گرووپ، دەزگا)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <source>Position or function</source>
        <translation>پۆست یان ئەرک</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation>گرووپی تەمەن لە کاتی ڕووداوەکاندا</translation>
    </message>
    <message>
        <source>Description of the person</source>
        <translation>وەسفی کەسەکە</translation>
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation>ڕووخسار، تەمەن، چی کرد، شایەت چۆن دەیناسێت.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ناوەکانی تر</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>سەر بە</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>پۆست</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>گرووپی تەمەن</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>وەسف</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>هێشتا پاشەکەوت نەکراوە</translation>
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation>زۆرترین %1 ناوی تر، هەریەکەیان تا 300 پیت؛ پاشەکەوت نەکران.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation>وەسفەکە لە %1 پیت درێژترە؛ کورتی بکەرەوە بۆ ئەوەی پاشەکەوت بکرێت.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>پاشەکەوت نەکرا</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation>ئەو کەسانەی لەم چاوپێکەوتنەدا ناویان هاتووە</translation>
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation>ناو یان وەسفی کەسێکی نوێ</translation>
    </message>
    <message>
        <source>New person: name or description</source>
        <translation>کەسی نوێ: ناو یان وەسف</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>زیادکردنی کەس</translation>
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation>زیادکردنی کەسێک بەم ناوە</translation>
    </message>
    <message>
        <source>Remove person...</source>
        <translation>لابردنی کەس...</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>لابردنی کەسە دیاریکراوەکە</translation>
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation>هێشتا هیچ کەسێک نییە. ناوێک یان وەسفێک لە سەرەوە بنووسە و Enter دابگرە.</translation>
    </message>
    <message>
        <source>Remove the person?</source>
        <translation>کەسەکە لاببرێت؟</translation>
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation>%1 لەم چاوپێکەوتنە لاببرێت، لەگەڵ ڕۆڵەکانی لە ڕووداوەکاندا و پەیوەندییە فەرماندەییەکانی؟ لابردنەکە لە تۆماری چاودێریدا دەنووسرێت.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation>ناوی شوێنەکە</translation>
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation>بۆ نموونە بازگەکەی بەردەم شارۆچکەکە</translation>
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation>پارێزگا یان ناوچە (هەڵبژێرە یان بنووسە)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>لە لیستەکە هەڵبژێرە یان بنووسە</translation>
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation>پانی، بە پلەی دەیی (-90 تا 90)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>پانی</translation>
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation>درێژی، بە پلەی دەیی (-180 تا 180)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>درێژی</translation>
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation>هەڵەی ئەگەری ڕێککەوتەکان، بە مەتر</translation>
    </message>
    <message>
        <source>precision not known</source>
        <translation>وردی نەزانراوە</translation>
    </message>
    <message>
        <source>within </source>
        <translation>تا </translation>
    </message>
    <message>
        <source> m</source>
        <translation> مەتر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>ڕێککەوتەکان</translation>
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation>پانی دەبێت ژمارەیەک بێت لە نێوان -90 و 90 (بۆ نموونە 36.2). پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation>درێژی دەبێت ژمارەیەک بێت لە نێوان -180 و 180 (بۆ نموونە 37.15). پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>هەم پانی و هەم درێژی بنووسە، یان هیچیان.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>لێدەر</translation>
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation>پاشکۆیەکی دەنگی هەڵبژێرە و «لێدان» دابگرە.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>لێدان</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>شوێن لە تۆمارەکەدا</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>کاتی لێدراو</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ماوە</translation>
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation>نیشانەکان؛ یەکێک هەڵبژێرە بۆ ئەوەی لەوێوە گوێ بگریت</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>نیشانەکان</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 باردەکرێت...</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system's sound settings), then press Play again.</source>
        <translation>هیچ دەرچەیەکی دەنگ نەدۆزرایەوە، بۆیە هیچ شتێک نابیسترێت. بڵندگۆ یان گوێگر ببەستەوە (یان ڕێکخستنەکانی دەنگی سیستەم بپشکنە)، پاشان دووبارە «لێدان» دابگرە.</translation>
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system's sound settings, then press Play again.</source>
        <translation>دەرچەی دەنگ وەستا یان ئەم فایلەی ڕەتکردەوە، بۆیە هیچ شتێک لێنادرێت. بڵندگۆ یان گوێگرەکان و ڕێکخستنەکانی دەنگی سیستەم بپشکنە، پاشان دووبارە «لێدان» دابگرە.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>وەستانی کاتی</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation>ئەرشیفەکە بۆ ئەم وەشانەی بەرنامەکە ئامادە دەکرێت. ئەمە تەنها یەک جار ڕوودەدات؛ ئەگەر ئەرشیفەکە هەزاران شایەتی تێدا بێت چەند خولەکێک دەخایەنێت. ئەگەر لەو کاتەدا بەرنامەکە دابخرێت هیچ شتێک لەدەست نادرێت: لە کردنەوەی داهاتووی گەنجینەکەدا دووبارە دەست پێدەکاتەوە.</translation>
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation>ئامادەکردنی ئەرشیف</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation>ئەوەی دەنێردرێت بپشکنە</translation>
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation>تا بەستەکە مۆر نەکەیت هیچ شتێک نانووسرێت.</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>ناوەڕۆکی بەستەکە</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>چاوپێکەوتن</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>دەنێردرێت</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>شایەتیی یەکلاکراوە، %n وەشان</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ناسنامە</translation>
    </message>
    <message>
        <source>sent, sealed</source>
        <translation>دەنێردرێت، مۆرکراو</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>نانێردرێت</translation>
    </message>
    <message>
        <source>Sealed to the coordinator's identity key: analysts cannot read it.</source>
        <translation>بۆ کلیلی ناسنامەی هەماهەنگیکار مۆرکراوە: شیکارەکان ناتوانن بیخوێننەوە.</translation>
    </message>
    <message>
        <source>sent as recorded</source>
        <translation>وەک تۆمارکراوە دەنێردرێت</translation>
    </message>
    <message>
        <source>sent redacted</source>
        <translation>ڕەشکراوە دەنێردرێت</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>پاشکۆ (%1)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>لاخراوە</translation>
    </message>
    <message>
        <source>consent change sent</source>
        <translation>گۆڕانکاریی ڕەزامەندی دەنێردرێت</translation>
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation>شایەتەکە دوای بەستەیەکی پێشوو ڕەزامەندییەکەی گۆڕی.</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>بەم هەڵبژاردنانە هیچ شتێک نانێردرێت.</translation>
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation>ئامادەکردنی پێشبینین</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>چی ڕوودەدات</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>بۆچی</translation>
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation>پێش چاوپێکەوتنێکی نوێ</translation>
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation>هەماهەنگیکارەکەت پێڕستێکی ئەو کەسانەی ناردووە کە پێشتر چاوپێکەوتنیان لەگەڵ کراوە (%1). بپشکنە ئایا لەوانەیە پێشتر چاوپێکەوتن لەگەڵ ئەم کەسەدا کرابێت. ئەوەی لێرە دەینووسیت پاشەکەوت ناکرێت.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation>پارێزگای ڕەسەن</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>دەستپێکردنی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation>لەوانەیە پێشتر چاوپێکەوتن لەگەڵ ئەم کەسەدا کرابێت؛ پێش دەستپێکردن لە هەماهەنگیکارەکەت بپرسە.</translation>
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation>لە پێڕستی ڕێکەوتی %1دا نەدۆزرایەوە. پێڕستەکە هەموو کەسێک ناناسێت: لەوانەیە پشکنینەکە هەندێک کەس نەدۆزێتەوە.</translation>
    </message>
    <message>
        <source>Type at least the first name and the father's name.</source>
        <translation>لانیکەم ناوی یەکەم و ناوی باوک بنووسە.</translation>
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation>هیچ پێڕستێکی چاوپێکەوتنە پێشووەکان لەسەر ئەم ئامێرە نییە.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard's buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation>&lt; پێشوو</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>دواتر &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>دواتر</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>بەردەوام بە</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>پەسەندکردن</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>تەواوکردن</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation>هیچ ڕەزامەندییەک تۆمار نەکراوە: هیچ شتێک لەم چاوپێکەوتنە نابێت دەربچێت.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>شایەتەکە ڕەزامەندییەکەی وەرگرتەوە.</translation>
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation>شایەتییەکە هێشتا یەکلا نەکراوەتەوە: تەنها شایەتیی یەکلاکراوە دەنێردرێت.</translation>
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation>شایەتەکە ڕازی نەبوو بە: %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>دەنێردرێت.</translation>
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation>هیچ ناسنامەیەک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation>وەرگرێک کلیلی بۆ ناسنامەی شایەتەکان نییە.</translation>
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation>ناسنامەکە بۆ کلیلێکی تر مۆرکراوە و ناتوانرێت بۆ کەسی تر بنێردرێت.</translation>
    </message>
    <message>
        <source>Photo of the witness's identity: it stays with the identity.</source>
        <translation>وێنەی ناسنامەی شایەت: لەگەڵ ناسنامەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Proof of consent may show the witness's name: sent only with consent to share the identity.</source>
        <translation>بەڵگەی ڕەزامەندی لەوانەیە ناوی شایەت پیشان بدات: تەنها بە ڕەزامەندی لەسەر هاوبەشکردنی ناسنامە دەنێردرێت.</translation>
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation>فایلەکە لەم قاسەیەدا نییە.</translation>
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation>وەک تۆمارکراوە دەنێردرێت: شایەتەکە ڕازی بوو ناسنامەکەی هاوبەش بکرێت.</translation>
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation>وەک کۆپییەکی ڕەشکراوە دەنێردرێت، بەبێ ناو، شوێن یان وردەکاریی ئامێر لە مێتاداتاکەیدا.</translation>
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation>تەنها کۆپییەکی ڕەشکراوە دەکرێت بنێردرێت، و هیچ کۆپییەکی وا لەم فایلە دروست نەکرا.</translation>
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation>شایەتەکە ڕازی بوو، بەڵام کلیلی ناسنامەی شایەتەکان کراوە نییە: بیکەرەوە بۆ ئەوەی ناسنامەکە بخرێتە ناوەوە.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation>ئەم بەستەیە بۆ کێیە؟</translation>
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation>تەنها ئەو کلیلانە لیست کراون کە ئەم ئامێرە متمانەیان پێدەکات. تەنها ئەوان دەتوانن بەستەکە بکەنەوە و کەسی تر ناتوانێت.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>وەرگرەکان</translation>
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient's key must support it)</source>
        <translation>پاراستن لە کۆمپیوتەرە کوانتەمییەکانی داهاتوو (شفرەکردنی دوای-کوانتەم؛ دەبێت کلیلی هەموو وەرگرێک پشتگیری بکات)</translation>
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator's key file first (Vault &gt; Keys and contacts).</source>
        <translation>هێشتا هیچ کلیلێکی متمانەپێکراو نییە. سەرەتا متمانە بە فایلی کلیلی هەماهەنگیکارەکەت بکە (قاسە &gt; کلیلەکان و پەیوەندییەکان).</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation>تۆمارکەر</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>تۆمارکردنی چاوپێکەوتنەکە</translation>
    </message>
    <message>
        <source>Go to Consent</source>
        <translation>بڕۆ بۆ ڕەزامەندی</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>وەستانی کاتی</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>ڕاگرتن و پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>کاتی تۆمارکراو</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>تێبینیی نیشانە</translation>
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation>تێبینی بۆ نیشانەیەک، بۆ نموونە باسی بنکەی دەستبەسەرکردن دەکات</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>زیادکردنی نیشانە</translation>
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation>نیشانەکانی ئەم تۆمارە</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness's consent first; the recorder switches on when they agree to be recorded.</source>
        <translation>تۆمارکردن بۆ ئەم چاوپێکەوتنە کوژاوەیە: ڕەزامەندیی بەرکار تۆمارکردنی دەنگ ناگرێتەوە (یان هێشتا هیچ ڕەزامەندییەک تۆمار نەکراوە). سەرەتا ڕەزامەندیی شایەتەکە تۆمار بکە؛ کاتێک ڕازی بێت دەنگی تۆمار بکرێت، تۆمارکەر دادەگیرسێت.</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>مایکرۆفۆن: %1</translation>
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation>(ئەوەی لە ڕێکخستنەکاندا هەڵبژێردراوە نەبەستراوەتەوە؛ بنەڕەتی سیستەم بەکاردێت)</translation>
    </message>
    <message>
        <source>Marked moment</source>
        <translation>ساتی نیشانەکراو</translation>
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation>هیچ دەنگێک لە مایکرۆفۆنەوە نایەت. دڵنیابە کە بەستراوەتەوە و بێدەنگ نەکراوە.</translation>
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation>لە قاسەکەدا پاشەکەوتکرا: %1 (%2). لەگەڵ پاشکۆکاندا دیارە.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>بەردەوامبوونەوە</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>دەست پێدەکات...</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تۆمار دەکرێت</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>بە کاتی وەستاوە</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>پاشەکەوت دەکرێت...</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation>تۆمارە دەنگییەکانی فۆرمی ڕەزامەندی</translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation>ئەو شایەتانەی ناتوانن بخوێننەوە، یان پێیان باشترە گوێ بگرن، لە دۆخی شایەتدا گوێ لەم تۆمارانە دەگرن. هەر بەشێک بە هەر زمانێک وەک خۆی کە نووسراوە، بە هێواشی و ڕوونی تۆمار بکە.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation>هاوپێچکردنی فایلێکی دەنگی...</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation>هیچ مایکرۆفۆنێک نەبەستراوە: لەبری ئەوە فایلێکی دەنگی هاوپێچ بکە.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>لێدان</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation>نییە: دەنگێکی سیستەم دەیخوێنێتەوە، ئەگەر هەبێت</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>لە %1 لەلایەن %2 تۆمارکراوە</translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation>دەقەکە لەو کاتەوە گۆڕاوە: دووبارە تۆماری بکەرەوە</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>ڕاگرتن</translation>
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation>تۆمار دەکرێت: ئەم بەشە بە دەنگی بەرز وەک نووسراوە بخوێنەوە، پاشان ڕاگرتن دابگرە.</translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation>تۆمارەکە هەڵگیرا.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>فایلی دەنگی</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation>فایلی دەنگی (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>فایلەکە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ناخوێندرێتەوە: %2</translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation>تۆمارەکە لابرا.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation>تۆمارێک گەڕێندرایەوە</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>پیشاندان</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نەزانراو)</translation>
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview's attachments.</source>
        <translation>تۆمارێکی پچڕاوی %1 بۆ شایەت %2 تا دوایین چرکەکانی پێش داخستنی بەرنامەکە گەڕێندرایەوە. لەگەڵ پاشکۆکانی ئەو چاوپێکەوتنەدا پاشەکەوتکراوە.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews' attachments:</source>
        <translation>
            <numerusform>%n تۆماری پچڕاو تا دوایین چرکەکانی پێش داخستنی بەرنامەکە گەڕێندرانەوە. لەگەڵ پاشکۆکانی چاوپێکەوتنەکانیاندا پاشەکەوتکراون:</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation>شایەت %1: %2</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation>چی تێدا بێت؟</translation>
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness's consent allows; the next step shows exactly what.</source>
        <translation>تەنها شایەتیی یەکلاکراوە دەنێردرێت، و تەنها ئەوەی ڕەزامەندیی هەر شایەتێک ڕێگەی پێدەدات؛ هەنگاوی داهاتوو بە وردی پیشانی دەدات.</translation>
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation>هەموو ئەوەی لە دوایین بەستەوە یەکلاکراوەتەوە یان گۆڕاوە</translation>
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation>هەموو ئەوەی هەماهەنگیکار وەرگرتنی پشتڕاست نەکردووەتەوە</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>هەموو شتێک</translation>
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation>تەنها ئەو چاوپێکەوتنانەی هەڵیاندەبژێرم</translation>
    </message>
    <message>
        <source>Interviews to send</source>
        <translation>چاوپێکەوتنەکان بۆ ناردن</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation>مۆرکردنی بەستەکە</translation>
    </message>
    <message>
        <source>The file's name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation>ناو و قەبارەی فایلەکە هیچ شتێک لەسەر ئەوەی کێ یان چی تێدایە ناڵێن. وەک هەر فایلێکی تر هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation>ئەو بۆخچەیەی بەستەکەی تێدا دەنووسرێت</translation>
    </message>
    <message>
        <source>Split into pieces</source>
        <translation>دابەشکردن بۆ پارچە</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>یەک فایل</translation>
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation>پارچەی تا 4 گیگابایت (فلاشی FAT32)</translation>
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation>پارچەی تا 650 مێگابایت (CD)</translation>
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation>پارچەی تا 100 مێگابایت (بەرنامەی نامەناردن)</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>مۆرکردن</translation>
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation>هەڵوەشاندنەوەی مۆرکردن</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>پێشکەوتنی مۆرکردن</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>بۆخچە</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>پارچەکان</translation>
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation>بۆخچەیەکی هەبوو هەڵبژێرە (بۆ نموونە فلاشێک).</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>مۆر دەکرێت...</translation>
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation>مۆرکرا: %1 چاوپێکەوتن، %2 لاخراوە، %3 گۆڕانکاریی ڕەزامەندی؛ سەرجەم %4.
ناسنامەی بەستە: %5</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>دۆزرایەوە لە</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>بڕگە</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation>کام شایەتییەکان</translation>
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation>شایەتییەکان هەڵبژێرە وەک لە لیستی ئەرشیفدا. دواتر ڕەزامەندی بڕیار دەدات کامیان دەتوانن بڕۆن.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>%n شایەتی هەڵبژێردران.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ژمارەکان</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>وەک زمانەکە دەینووسێت</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>لاتینی (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>عەرەبی-هیندی (%1)</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>هەرگیز (پێشنیار ناکرێت)</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>قفڵکردن دوای چەند خولەکێک بێ بەکارهێنان</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>هەرگیز بیرم مەخەرەوە</translation>
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation>دوای چەند ڕۆژێک بێ یەدەگ بیرم بخەرەوە یەدەگ بگرم</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>ڕێکخستن...</translation>
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation>ڕێکخستنی دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>مایکرۆفۆن</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>بنەڕەتی سیستەم</translation>
    </message>
    <message>
        <source>Recipients chosen in advance when sending</source>
        <translation>ئەو وەرگرانەی پێشوەختە لە کاتی ناردندا هەڵدەبژێردرێن</translation>
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation>زمانەکە دەگۆڕێت کاتێک «باشە» دادەگریت.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>زمانی ڕووکار</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>قفڵکردن دوای</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>ناردن بۆ</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>بیرخستنەوەی یەدەگ</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>دەستەواژەی نهێنیی ناچاری</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>دانەنراوە</translation>
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation>دانراوە: قاسەیەکی فریودەر دەکاتەوە</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n خولەک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without a backup</source>
        <translation>
            <numerusform>دوای %n ڕۆژ بێ یەدەگ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation>بەشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation>جگە لە کلیلی گەڕاندنەوە، قاسەکە دەتوانرێت بە چەند بەشێکی نووسراو لەسەر کاغەز بکرێتەوە: ژمارەیەکی دیاریکراو لەوان پێکەوە دەیکەنەوە، کەمتر لەوە هیچ ئاشکرا ناکات. هەر بەشێک بدە بە کەسێکی متمانەپێکراوی جیاواز، یان لە شوێنی جیاوازدا هەڵیانبگرە. دروستکردنی بەشی نوێ بەشە کۆنەکان لە کار دەخات.</translation>
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation>ژمارەی بەشە پێویستەکان بۆ کردنەوەی قاسە</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>ژمارەی ئەو بەشانەی دروست دەکرێن</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>دروستکردنی بەشەکان</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation>ئەم وشانە بە ڕیز و لەگەڵ ژمارەکانیان لەسەر کاغەز بنووسە. هەر یەکێکیان بپشکنە. نابێت کەسی تر شاشەکە ببینێت.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>نووسیمەوە</translation>
    </message>
    <message>
        <source>The word from your paper</source>
        <translation>وشەکە لە کاغەزەکەتەوە</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>وشە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation>ئەوە وشەی %1 نییە. بەشەکە دووبارە پیشان دەدرێتەوە: کاغەزەکەت وشە بە وشە لەگەڵیدا بەراورد بکە.</translation>
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation>بەشی %1 لە %2</translation>
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation>بەشی %1 لە %2 ئێستا شاراوەیە. لە کاغەزەکەتەوە وشەی ژمارە %3 بنووسە.</translation>
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation>تەواو. ئێستا هەر %1 بەش لە %2 بەشەکە قاسەکە دەکەنەوە؛ بەشە کۆنترەکان چیتر کار ناکەن. کاغەزەکان جیا لەم لاپتۆپە و جیا لە یەکتر هەڵبگرە.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>لە هەموو شوێنێکی پەنجەرەی سەرەکی</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>چاوپێکەوتنەکان</translation>
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation>تۆمارکردن (بەشی پاشکۆکان)</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>لیستی پاشکۆکان</translation>
    </message>
    <message>
        <source>Coordinator's archive</source>
        <translation>ئەرشیفی هەماهەنگیکار</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>هێڵکاریی زنجیرەی فەرماندەیی</translation>
    </message>
    <message>
        <source>Witness mode</source>
        <translation>دۆخی شایەت</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>دەستپێکردنی چاوپێکەوتنێکی نوێ</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>ناردن بۆ هەماهەنگیکار</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>چوون بۆ خانەی گەڕان</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفڵکردنی قاسەکە</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>کردنەوەی ڕێبەری بەکارهێنەر</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>دەستپێکردنی تۆمارکردن</translation>
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation>وەستانی کاتی یان بەردەوامبوونەوەی تۆمارکردن</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>ڕاگرتنی تۆمارکردن</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>زیادکردنی نیشانەیەک</translation>
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation>لابردنی پاشکۆ هەڵبژێردراوەکان</translation>
    </message>
    <message>
        <source>Import packets</source>
        <translation>هاوردەکردنی بەستەکان</translation>
    </message>
    <message>
        <source>Find in the archive</source>
        <translation>گەڕان لە ئەرشیف</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>پیشاندانی ئەرشیف</translation>
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation>پیشاندانی ئەنجامدەران</translation>
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation>پیشاندانی زنجیرەی فەرماندەیی</translation>
    </message>
    <message>
        <source>Show the devices</source>
        <translation>پیشاندانی ئامێرەکان</translation>
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation>پیشاندانی شایەتە دووبارەکان</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>پیشاندانی ئامار</translation>
    </message>
    <message>
        <source>Show the case export</source>
        <translation>پیشاندانی هەناردەکردنی دۆسیە</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>گەورەکردن</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>بچووککردنەوە</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>پیشاندانی هەموو هێڵکارییەکە</translation>
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation>گەڕاندنەوە بۆ چاوپێکەوتنکار (داوای دەستەواژەی نهێنی دەکات)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کورتەڕێکانی تەختەکلیل</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کورتەڕێ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>چی دەکات</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>ئامار</translation>
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation>پاشەکەوتکردنی هەموو خشتەکان وەک CSV...</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>شایەتییەکان</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>کەسە ناوهێنراوەکان</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>قوربانییەکان</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>جۆرەکانی پێشێلکاری</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>جۆری پێشێلکاری</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>ڕووداوەکان بەپێی مانگ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مانگ</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation>ئەنجامدەرە گومانلێکراوەکان بەپێی سەربەستی</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>سەر بە</translation>
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation>ئەنجامدەرە گومانلێکراوەکان بەپێی یەکە</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <source>Victims by gender</source>
        <translation>قوربانییەکان بەپێی ڕەگەز</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>قوربانییەکان بەپێی گرووپی تەمەن</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>گرووپی تەمەن</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>spans more than one year</source>
        <translation>زیاتر لە ساڵێک دەگرێتەوە</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بێ بەروار</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>دەژمێردرێت...</translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation>ستوونە کاڵترەکان: بەروار کە تەنها ساڵەکەی زانراوە، چەند ساڵێک دەگرێتەوە یان نییە؛ بەهای تۆمارنەکراو.</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>%n ڕیزی تر لە خشتەکەدان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the tables in</source>
        <translation>پاشەکەوتکردنی خشتەکان لە</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>%n خشتە لە %1 پاشەکەوتکران.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation>پاشەکەوتکردنی هێڵکاری وەک PNG...</translation>
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation>پاشەکەوتکردنی هێڵکاری وەک SVG...</translation>
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation>پاشەکەوتکردنی خشتە وەک CSV...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>وێنەی PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>وێنەکێشانی SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>خشتەی CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 پاشەکەوتکرا</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>بەهێزیی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>لاواز: بە ئاسانی مەزەندە دەکرێت.</translation>
    </message>
    <message>
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation>مامناوەند، بەڵام بەس نییە: هێرشبەرێکی سوور دەتوانێت مەزەندەی بکات.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>باش.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>بەهێز.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>زۆر کورتە.</translation>
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation>وشەیەکی نهێنیی باوە، یان یەکێکی تێدایە.</translation>
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation>لەسەر وشەیەکی باو دروستکراوە؛ وشەیەکی باو بە تەنها بە ئاسانی مەزەندە دەکرێت.</translation>
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation>ناوێکی باوی تێدایە.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation's.</source>
        <translation>ناوی خۆت یان ناوی ڕێکخراوەکەتی تێدایە.</translation>
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation>دوگمەی تەنیشت یەک لەسەر تەختەکلیل بەدوای یەکدا بەکاردەهێنێت.</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>پیت یان وشە دووبارە دەکاتەوە.</translation>
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation>زنجیرەیەکی سادەی تێدایە، وەک abc یان 1234.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>بەروار یان ساڵێکی تێدایە.</translation>
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation>چوار وشە یان زیاتر کە پەیوەندییان بە یەکەوە نییە و لەبیرت دەمێنن، دەستەواژەیەکی نهێنیی بەهێز پێکدەهێنن.</translation>
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation>زیادکردنی ڕاستکردنەوە (وەشانی نوێ)</translation>
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation>گێڕانەوەی شایەتی</translation>
    </message>
    <message>
        <source>The witness's account, in their words.</source>
        <translation>گێڕانەوەی شایەت، بە وشەکانی خۆی.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>تاگەکان، بە فاریزە جیاکراونەتەوە</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>وەشانەکان و مێژوو</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>تاگەکان</translation>
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation>وەشانی %1، لە %2 یەکلاکرایەوە. ئیتر ناگۆڕدرێت. پەنجەمۆر (SHA-256): %3</translation>
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation>ڕەشنووسی وەشانی %1، بۆ ڕاستکردنەوەی وەشانی %2.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>هێشتا پاشەکەوت نەکراوە</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n وشە</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>لە %1 پاشەکەوتکرا</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>پاشەکەوت نەکرا</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>متمانەکردن بە کلیلێک</translation>
    </message>
    <message>
        <source>Ask the key's owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation>داوا لە خاوەنی کلیلەکە بکە پەنجەمۆرەکەیت بۆ بخوێنێتەوە یان پیشانت بدات، ڕووبەڕوو یان لە ڕێگەیەکەوە کە متمانەت پێیەتی، و لێرە بینووسە. تەنها ئەگەر هەردووکیان یەک بگرنەوە متمانە بە کلیلەکە دەکرێت.</translation>
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation>پەنجەمۆر وەک خاوەنەکەی دای</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>متمانەکردن</translation>
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation>ئەم کلیلە هی کێیە</translation>
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation>ڕێکخراوی خۆمان (هەماهەنگیکار)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>هی</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>تۆمارکەری شایەتی</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>قاسە: %1</translation>
    </message>
    <message>
        <source>This is the demo vault, with fictional data only. Its passphrase is: %1</source>
        <translation>ئەمە قاسەی نموونەی تاقیکردنەوەیە و تەنها زانیاریی خەیاڵیی تێدایە. دەستەواژەی نهێنییەکەی ئەمەیە: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>لەبری ئەوە کلیلی گەڕاندنەوە بەکاربهێنە</translation>
    </message>
    <message>
        <source>Use recovery shares instead</source>
        <translation>لەبری ئەوە بەشەکانی گەڕاندنەوە بەکاربهێنە</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلیلی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>دووبارەکردنەوەی دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>کردنەوە و دانانی دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>گەڕانەوە بۆ دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دووبارە</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>بەشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>Type each share's words, with an empty line between shares</source>
        <translation>وشەکانی هەر بەشێک بنووسە، بە هێڵێکی بەتاڵ لە نێوان بەشەکاندا</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>قاسەکە دەکرێتەوە</translation>
    </message>
    <message>
        <source>Type the vault's passphrase.</source>
        <translation>دەستەواژەی نهێنیی قاسەکە بنووسە.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>دوو دەستەواژە نهێنییە نوێیەکە وەک یەک نین.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation>دەستەواژەیەکی نهێنیی نوێ هەڵبژێرە کە مەزەندەکردنی قورستر بێت: سەیری ئامۆژگارییەکانی ژێری بکە.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation>دەستپێکردنی تۆمار</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>ڕاگرتنی تۆمار</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>تۆمار دەکرێت...</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>دووبارە تۆمارکردنەوە</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>تۆمارکرا.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation>ڤیدیۆ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>لێدان</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>وەستانی کاتی</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation>جۆرەکانی پێشێلکاری (هەموو ئەوانەی گونجاون نیشانە بکە)</translation>
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation>زیادکردنی جۆرێکی پێشێلکاری...</translation>
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation>زیادکردنی جۆرێکی پێشێلکاری کە لە لیستەکەدا نییە</translation>
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>تۆمارکردنی وەرگرتنەوەی ڕەزامەندی</translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation>شایەت ڕەزامەندییەکەی وەردەگرێتەوە. ئەوە هەڵبژێرە کە وەریگرتووەتەوە؛ هەرچی پشتی پێی بەستووە لەگەڵیدا وەردەگیرێتەوە.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>هەموو شتێک</translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation>تەنها ئەم بەکارهێنانانە:</translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation>هاوپێچکردنی وێنە یان تۆمارێک (ئارەزوومەندانە)...</translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation>شایەت چۆن وتی</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>وەرگر</translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation>لانیکەم یەک بەکارهێنان دیاری بکە، یان «هەموو شتێک» هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation>وێنە یان تۆماری وەرگرتنەوەی ڕەزامەندی</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>فایلەکە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ناخوێندرێتەوە: %2</translation>
    </message>
</context>
<context>
    <name>WitnessSection</name>
    <message>
        <source>The witness is known everywhere by this code, never by name.</source>
        <translation>شایەت لە هەموو شوێنێک بەم کۆدە دەناسرێت، هەرگیز بە ناو نا.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>گرووپی تەمەن</translation>
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation>ناوچەی ڕەسەن (پارێزگا)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>ناوی خوازراو</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>ناوچەی ڕەسەن</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation>دۆخی شایەت</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>چاوپێکەوتنکار</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation>دەرچوون لە دۆخی شایەت (دەستەواژەی نهێنیی قاسەکەی پێویستە)</translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation>هیچ تۆمارێک بۆ ئەم بەشە بەم زمانە نییە، و هیچ دەنگێکیش لەسەر ئەم کۆمپیوتەرە ئەو زمانە قسە ناکات. خۆت بۆ شایەتەکەی بخوێنەوە.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ڕەزامەندی</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پاشکۆکان</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>چاوپێکەوتنی نوێ</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>دەستپێکردنی چاوپێکەوتنێکی نوێ</translation>
    </message>
    <message>
        <source>Choose an interview from the list, or start a new one.</source>
        <translation>چاوپێکەوتنێک لە لیستەکە هەڵبژێرە، یان یەکێکی نوێ دەست پێبکە.</translation>
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation>لەو شوێنەوە بەردەوام دەبیت کە لێی وەستایت؟</translation>
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation>تۆمارکەری شایەتی لە کاتێکدا وەستا کە چاوپێکەوتن لەگەڵ شایەت %1 کراوە بوو. هەرچی تا چەند چرکەیەک پێشتر نووسرابوو پاشەکەوتکراوە. ئێستا بیکەیتەوە؟</translation>
    </message>
</context>
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation>کردنەوەی بۆخچە</translation>
    </message>
</context>
</TS>
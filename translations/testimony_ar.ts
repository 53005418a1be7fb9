<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation>حول مسجّل الشهادات</translation>
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation>مسجّل الشهادات، الإصدار %1</translation>
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation>برنامج لتسجيل الشهادات يعمل دون اتصال بالشبكة: يبقى كل شيء في خزنة مشفّرة على هذا الحاسوب، ولا يتصل البرنامج بالإنترنت أبداً. ممّ يحمي، وكيف:</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>ملاحظات أمنية</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>تواريخ الحوادث</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(مسحوبة)</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation>ابحث في كل الشهادات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation>الشهادات في الأرشيف</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادتان</numerusform>
            <numerusform>%n شهادات</numerusform>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n شهادة مطابقة</numerusform>
            <numerusform>%n شهادة مطابقة</numerusform>
            <numerusform>%n شهادتان مطابقتان</numerusform>
            <numerusform>%n شهادات مطابقة</numerusform>
            <numerusform>%n شهادة مطابقة</numerusform>
            <numerusform>%n شهادة مطابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>مرتكبو الانتهاكات</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>التسلسل القيادي</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation>الشهود المكرَّرون</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Case export</source>
        <translation>تصدير ملف القضية</translation>
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation>صفحات المنسّق</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 غير متاح بعد.</translation>
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation>استيراد حزم...</translation>
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation>البيانات الوصفية في الملف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>May identify</source>
        <translation>قد يكشف الهوية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation>اختر مرفقاً لعرض تفاصيله.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation>مرفقات هذه المقابلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>May identify someone</source>
        <translation>قد يكشف هوية شخص</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>نسخة منقّحة</translation>
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
        <translation>صوت</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table (&quot;location, a name&quot;).</extracomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>تفاصيل الجهاز</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>تعليقات</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
        <source>an embedded picture</source>
        <translation>صورة مضمّنة</translation>
    </message>
    <message>
        <source>hidden metadata</source>
        <translation>بيانات وصفية مخفية</translation>
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation>يسجّل الملف مكاناً (إحداثيات أو اسم موقع)؛ ويُحذف ذلك من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation>يذكر الملف اسم شخص (فنان أو مؤلف أو مالك)؛ ويُحذف الاسم من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation>يكشف الملف الجهاز الذي أنشأه (الشركة المصنّعة أو الطراز أو الرقم التسلسلي)؛ ويُحذف ذلك من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation>يحتوي الملف على تعليقات أو أوصاف؛ وتُحذف من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation>يحتوي الملف على رقم هاتف أو عنوان بريد إلكتروني؛ ويُحذف من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation>يحمل الملف صورة مضمّنة (مثل صورة الغلاف)؛ وتُحذف من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation>يحمل الملف كتلاً من البيانات الوصفية لا يمكن قراءة محتواها؛ فإما أن تُحذف من النسخ التي تُشارَك، وإما أن يتعذّر إنشاء هذه النسخ.</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>نسخة منقّحة</translation>
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation>هذه نسخة منقّحة: حُذفت منها البيانات الوصفية التي قد تكشف هوية شخص، أما الصوت أو الصورة نفسها فلم يتغيّر شيء منهما. هذه هي النسخة التي تُشارَك.</translation>
    </message>
    <message>
        <source>Nothing in this file&apos;s metadata looks identifying.</source>
        <translation>لا يبدو في البيانات الوصفية لهذا الملف ما يكشف الهوية.</translation>
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation>تحتوي هذه الصورة على إحداثيات GPS (مكان التقاطها)؛ وتُحذف من النسخ التي تُشارَك.</translation>
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation>يبقى الأصل كما وصل تماماً، بوصفه دليلاً.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>لم تُنشأ بعد</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير ضرورية</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>لا توجد مرفقات.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation>لا يمكن عرض هذا النوع من الملفات داخل البرنامج.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation>إضافة ملفات...</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>أو أفلت الملفات على هذا التبويب</translation>
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation>إنشاء نسخة منقّحة</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>حذف...</translation>
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation>لا توجد مرفقات بعد. أضف ملفات، أو أفلتها هنا، أو سجّل المقابلة. تُشفَّر الملفات لحظة إضافتها.</translation>
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation>إضافة ملفات إلى هذه المقابلة</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>تمت إضافة وتشفير %n ملف.</numerusform>
            <numerusform>تمت إضافة وتشفير %n ملف.</numerusform>
            <numerusform>تمت إضافة وتشفير %n ملفين.</numerusform>
            <numerusform>تمت إضافة وتشفير %n ملفات.</numerusform>
            <numerusform>تمت إضافة وتشفير %n ملفاً.</numerusform>
            <numerusform>تمت إضافة وتشفير %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
            <numerusform>يحمل %n منها بيانات وصفية قد تكشف هوية شخص؛ انظر التحذير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>جارٍ إضافة %n ملف...</numerusform>
            <numerusform>جارٍ إضافة %n ملف...</numerusform>
            <numerusform>جارٍ إضافة %n ملفين...</numerusform>
            <numerusform>جارٍ إضافة %n ملفات...</numerusform>
            <numerusform>جارٍ إضافة %n ملفاً...</numerusform>
            <numerusform>جارٍ إضافة %n ملف...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation>أُنشئت نسخة منقّحة: %1</translation>
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation>جارٍ إنشاء نسخة منقّحة...</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation>الملف المُصدَّر ليس مشفَّراً: أي شخص يحصل عليه (أو على القرص الذي يحمله) يستطيع فتحه. لا تحتفظ به إلا للمدة اللازمة، ثم احذفه.</translation>
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation>يحمل هذا الأصل بيانات وصفية قد تكشف هوية شخص (%1). لمشاركته، صدِّر نسخته المنقّحة بدلاً منه.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>تصدير نسخة غير مشفّرة؟</translation>
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation>اختيار مكان الحفظ...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation>صُدِّر دون تشفير إلى %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>جارٍ التصدير...</translation>
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation>حذف %1؟

سيُتلَف مفتاحه: لن يمكن فتح الملف مرة أخرى أبداً، لا من هذه الخزنة ولا من أي نسخة احتياطية منها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation>وتُحذف نسخته المنقّحة أيضاً إن وُجدت.</translation>
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation>حذف المرفق؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation>حُذف %1، وأُتلف مفتاحه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>تعذّرت إضافة %n ملف. أُضيفت الملفات الأخرى.</numerusform>
            <numerusform>تعذّرت إضافة %n ملف. أُضيفت الملفات الأخرى.</numerusform>
            <numerusform>تعذّرت إضافة %n ملفين. أُضيفت الملفات الأخرى.</numerusform>
            <numerusform>تعذّرت إضافة %n ملفات. أُضيفت الملفات الأخرى.</numerusform>
            <numerusform>تعذّرت إضافة %n ملفاً. أُضيفت الملفات الأخرى.</numerusform>
            <numerusform>تعذّرت إضافة %n ملف. أُضيفت الملفات الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>لم تُضَف بعض الملفات</translation>
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation>تحقّق من هذه الملفات (هل هي كاملة؟ هل هي ملفات صوت أو صور أو فيديو أو PDF؟)، ثم أضفها من جديد.</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation>لمُجري المقابلة</translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation>ساعد مترجم شفهي</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>اسم المترجم الشفهي</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>لغة الترجمة الشفهية</translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness&apos;s own answers.</source>
        <translation>أنا، %1، قرأتُ كل سؤال على الشاهد أو شرحتُه له بلغته، وتركتُ له الوقت ليسأل وليرفض، وهذه الأجوبة هي أجوبة الشاهد نفسه.</translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation>حفظ الموافقة</translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation>طريقة تأكيد الشاهد: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>النسخ الاحتياطي للخزنة</translation>
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation>تحتوي النسخة الاحتياطية على الخزنة كلها مشفّرة. لا تُفتح إلا بمفتاح الاسترداد: احفظها بعيداً عن مفتاح الاسترداد، مثلاً على ذاكرة USB في مكان آخر.</translation>
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation>الملف الذي تُكتب فيه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation>ما تغيّر منذ آخر نسخة احتياطية فقط (أسرع؛ لكن الاستعادة تحتاج حينها إلى النسخ السابقة أيضاً)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Check a backup...</source>
        <translation>التحقق من نسخة احتياطية...</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطياً بعد.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>آخر نسخة احتياطية: %1.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>أين تُكتب النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>اختر أين تُكتب النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>جارٍ النسخ الاحتياطي...</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>نسخة احتياطية كاملة</translation>
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation>نسخة احتياطية لما تغيّر</translation>
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation>كُتبت %1 في %2 (%3).</translation>
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation>آخر نسخة احتياطية: الآن.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation>حان وقت النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطياً قط. إذا فُقد هذا الحاسوب أو صودر أو تعطّل، فالنسخة الاحتياطية هي النسخة الوحيدة مما لم يُرسَل بعد.</translation>
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation>أُجريت آخر نسخة احتياطية %1. ما سُجّل منذ ذلك الحين موجود على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ احتياطياً الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation>%1 لم يعد موجوداً. تحقّق من المجلد أو ذاكرة USB، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation>تعذّرت قراءة %1 (%2). انسخه من جديد، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>موجودة مسبقاً</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>غير سليم</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 جديدة، %2 محدَّثة، %3 دون تغيير</translation>
    </message>
    <message>
        <source>%1 older than held</source>
        <translation>%1 أقدم مما هو محفوظ</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>consent restored</source>
        <translation>استُعيدت الموافقة</translation>
    </message>
    <message>
        <source>identity destroyed</source>
        <translation>أُتلفت الهوية</translation>
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation>أُتلف المرفق</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>سُجّلت الموافقة</translation>
    </message>
    <message>
        <source>interview not held here</source>
        <translation>المقابلة غير محفوظة هنا</translation>
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation>لم تصل الحزمة %1 من هذا الجهاز.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation>لم تصل الحزم من %1 إلى %2 من هذا الجهاز.</translation>
    </message>
    <message>
        <source>This device&apos;s custody log no longer extends what it sent before.</source>
        <translation>لم يعد سجل الحيازة لهذا الجهاز يُكمل ما أرسله من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>استُوردت %n حزمة</numerusform>
            <numerusform>استُوردت %n حزمة</numerusform>
            <numerusform>استُوردت %n حزمتان</numerusform>
            <numerusform>استُوردت %n حزم</numerusform>
            <numerusform>استُوردت %n حزمة</numerusform>
            <numerusform>استُوردت %n حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n موجودة مسبقاً</numerusform>
            <numerusform>%n موجودة مسبقاً</numerusform>
            <numerusform>%n موجودتان مسبقاً</numerusform>
            <numerusform>%n موجودة مسبقاً</numerusform>
            <numerusform>%n موجودة مسبقاً</numerusform>
            <numerusform>%n موجودة مسبقاً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضتان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n لم تُستورَد (أُلغي)</numerusform>
            <numerusform>%n لم تُستورَد (أُلغي)</numerusform>
            <numerusform>%n لم تُستورَدا (أُلغي)</numerusform>
            <numerusform>%n لم تُستورَد (أُلغي)</numerusform>
            <numerusform>%n لم تُستورَد (أُلغي)</numerusform>
            <numerusform>%n لم تُستورَد (أُلغي)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation>أُلغي الاستيراد. يبقى ما استُورد؛ شغّله من جديد لاستيراد الباقي.</translation>
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation>%1: الحزمة %2 مفقودة.</translation>
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation>%1: الحزم من %2 إلى %3 مفقودة.</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation>لا تُسلَّم الشهادة إلا إلى جهة وافق شاهدها على مشاركتها معها.</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>الجهة المستلِمة</translation>
    </message>
    <message>
        <source>Include the witnesses&apos; identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation>ضمِّن هويات الشهود حيث وافقوا (يفتح مفتاح هويات الشهود؛ وتُدوَّن كل واحدة في سجل الحيازة)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>هذه المنظمة</translation>
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation>تصدير ملف القضية</translation>
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation>سلِّم الشهادات إلى جهة مساءلة: الموافقة هي التي تحدد، لكل شهادة ولكل هوية، ما يجوز تسليمه.</translation>
    </message>
    <message>
        <source>Start a case export...</source>
        <translation>بدء تصدير ملف قضية...</translation>
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation>تصدير ملف القضية</translation>
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation>كتابة ملف القضية المصدَّر</translation>
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation>مجلد (غير مشفّر)</translation>
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation>ملف zip (غير مشفّر)</translation>
    </message>
    <message>
        <source>An encrypted file for the investigator&apos;s key</source>
        <translation>ملف مشفّر لمفتاح المحقّق</translation>
    </message>
    <message>
        <source>The investigator&apos;s key</source>
        <translation>مفتاح المحقّق</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Cancel writing</source>
        <translation>إلغاء الكتابة</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>تقدّم الكتابة</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Investigator&apos;s key</source>
        <translation>مفتاح المحقّق</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>التقارير باللغة</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>الكتابة في</translation>
    </message>
    <message>
        <source>Sealed to the investigator&apos;s key: nothing readable is written.</source>
        <translation>مختوم لمفتاح المحقّق: لا يُكتب أي شيء مقروء.</translation>
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation>يكتب هذا الشهادات بنص غير مشفّر في المكان الذي تختاره: احفظها على وسيط تخزين مشفّر واحذفها بعد تسليمها.</translation>
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation>المجلد الذي يُكتب فيه التصدير</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>اختر أين يُكتب التصدير.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>جارٍ الكتابة...</translation>
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation>كُتب: %1، في المكان المبيّن أدناه.
SHA256SUMS: %2
تحقّق منه بالأمر: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation>إنه غير مشفّر: احفظه على وسيط تخزين مشفّر.</translation>
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation>مختوم لـ %1: لم يُكتب أي شيء مقروء.</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation>تحقّق مما سيُسلَّم</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>لا يُكتب شيء حتى الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation>محتوى ملف القضية المصدَّر</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>يُسلَّم</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
            <numerusform>شهادة معتمدة، %n إصداران</numerusform>
            <numerusform>شهادة معتمدة، %n إصدارات</numerusform>
            <numerusform>شهادة معتمدة، %n إصداراً</numerusform>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>يبقى</translation>
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation>وافق الشاهد على مشاركتها مع هذه الجهة.</translation>
    </message>
    <message>
        <source>goes as recorded</source>
        <translation>يُسلَّم كما سُجّل</translation>
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation>يُسلَّم نسخةً منقّحة</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>مرفق (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
            <numerusform>يجوز تسليم %1 من الشهادات المختارة وعددها %n؛ %2 من الوسائط.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation>لم يوافق الشهود على مشاركة أيٍّ من هذه الشهادات مع هذه الجهة.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation>الشهادة %1</translation>
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation>ملف قضية مصدَّر لـ %1، أُعدّ في %2</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>هذه المنظمة</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>سجل المقابلة</translation>
    </message>
    <message>
        <source>Witness and interview</source>
        <translation>الشاهد والمقابلة</translation>
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation>هوية الشاهد</translation>
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation>وافق الشاهد على مشاركة هويته مع هذه الجهة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>منطقة الأصل</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>مكان المقابلة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation>سُجّلت على الجهاز</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation>الإصدار %1، اعتُمد في %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation>الأشخاص وأدوارهم</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>الأشخاص المذكورون</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation>التسلسل القيادي كما وُصف</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>ملفات الوسائط</translation>
    </message>
    <message>
        <source>original as recorded</source>
        <translation>الأصل كما سُجّل</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>نسخة منقّحة</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>البصمات (SHA-256)</translation>
    </message>
    <message>
        <source>Record as imported</source>
        <translation>السجل كما استُورد</translation>
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation>إصدار الشهادة %1</translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation>مسار الحيازة</translation>
    </message>
    <message>
        <source>recording device</source>
        <translation>جهاز التسجيل</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>الحوادث من</translation>
    </message>
    <message>
        <source>Incidents to</source>
        <translation>الحوادث حتى</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation>تصدير SVG...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>تصدير PNG...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>مخطط التسلسل القيادي</translation>
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation>الشهادات المؤيِّدة للصلة المختارة</translation>
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation>السهم المتصل: قاد. السهم المتقطع: عضو في وحدة. الرقم على السهم: عدد الشهادات التي تقول ذلك؛ وكلما كان السهم أسمك كان عدد الشهود أكبر.</translation>
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation>جارٍ قراءة التسلسل القيادي...</translation>
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation>لا توجد في الأرشيف صلات قيادية لهذا الاختيار.</translation>
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation>تُعرض %1 من الصلات الأكثر تأييدًا من أصل %2. اختر وحدة أو تواريخ لرؤية الباقي.</translation>
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation>%1 قاد %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>الشاهد %1</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>تصدير بصيغة SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>صور SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>تصدير بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>التسلسل القيادي</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup file to check</source>
        <translation>ملف النسخة الاحتياطية المراد التحقق منه</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup to check</source>
        <translation>النسخة الاحتياطية المراد التحقق منها</translation>
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation>جارٍ قراءة النسخة الاحتياطية...</translation>
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation>النسخة الاحتياطية المُعدّة %1 سليمة، وتُفتح بمفتاح الاسترداد هذا.</translation>
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation>صلات التسلسل القيادي: من أصدر الأوامر إلى من</translation>
    </message>
    <message>
        <source>Command links between persons</source>
        <translation>صلات التسلسل القيادي بين الأشخاص</translation>
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation>الرئيس (أصدر الأوامر)</translation>
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation>نوع الصلة (اختر أو اكتب)</translation>
    </message>
    <message>
        <source>gave orders to</source>
        <translation>أصدر أوامر إلى</translation>
    </message>
    <message>
        <source>commanded</source>
        <translation>قاد</translation>
    </message>
    <message>
        <source>was the superior of</source>
        <translation>كان رئيساً على</translation>
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation>المرؤوس (تلقّى الأوامر)</translation>
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation>متى (مثلاً أبريل 2013)</translation>
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation>مثلاً أبريل 2013</translation>
    </message>
    <message>
        <source>How the witness knows</source>
        <translation>كيف عرف الشاهد ذلك</translation>
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation>مثلاً سمع الأوامر تُعطى؛ أُخبر بذلك؛ الشارات العسكرية</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>إضافة الصلة</translation>
    </message>
    <message>
        <source>Add this command link</source>
        <translation>إضافة صلة التسلسل القيادي هذه</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>حذف الصلة</translation>
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation>حذف صلة التسلسل القيادي المحددة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>How known</source>
        <translation>مصدر المعرفة</translation>
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
        <translation>مصدر المعرفة: %1</translation>
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation>أضف الشخصين أولاً (في الأعلى).</translation>
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation>اختر شخصين مختلفين: لا أحد يصدر أوامر لنفسه.</translation>
    </message>
    <message>
        <source>Say how they were linked, for example &quot;gave orders to&quot;.</source>
        <translation>اذكر نوع الصلة بينهما، مثلاً «أصدر أوامر إلى».</translation>
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation>هذه الصلة مسجّلة من قبل؛ احذفها أولاً لتغييرها.</translation>
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>كل الانتهاكات</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Any governorate</source>
        <translation>أي محافظة</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>الحوادث من</translation>
    </message>
    <message>
        <source>Incidents until</source>
        <translation>الحوادث حتى</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>يجوز مشاركتها مع</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>أي جهة</translation>
    </message>
    <message>
        <source>Testimonies with</source>
        <translation>شهادات تتضمّن</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>تواريخ الحوادث</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>قابلة للمشاركة مع</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation>لتسجيل موافقة منطوقة يلزم ميكروفون: صِل ميكروفوناً، ثم افتح وضع الشاهد من جديد.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation>إرفاق صورة الاستمارة الموقّعة...</translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation>صورة استمارة الموافقة الموقّعة</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>صور ممسوحة ضوئياً (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جداً</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>أُرفق: %1</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation>سجلات الموافقة</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>طريقة التأكيد</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>المصادِق</translation>
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation>أجوبة السجل المحدد</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>سابقاً</translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation>أخذ الموافقة في وضع الشاهد...</translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation>تسجيل سحب الموافقة...</translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation>ملخص ورقي للشاهد...</translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation>لم تُسجَّل أي موافقة بعد. لا يمكن تصدير أي شيء من هذه المقابلة، ويبقى التسجيل الصوتي متوقفاً إلى أن يوافق الشاهد على تسجيل صوته.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation>الموافقة السارية: %1 في %2 (%3). التسجيل الصوتي: %4.</translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation>قد تُعرّض الورقة الشاهد للخطر</translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation>إذا عُثر على ورقة مع الشاهد، عند حاجز أو في بيته، فقد تكشف أنه تحدّث إليك. لا تحمل الورقة أي اسم، بل الرمز المرجعي %1 فقط. لا تعرضها عليه إلا إذا أرادها وكان يستطيع الاحتفاظ بها بأمان.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>حفظ الملخص بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>علامة</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>شفهياً</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>لم يُطرح</translation>
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation>تعذّر حفظ الموافقة: الأجوبة لا تتوافق مع الاستمارة. ارجع إلى صفحة المراجعة وتحقّق من كل جواب.</translation>
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation>عُدّلت موافقة هذه المقابلة من مكان آخر بينما كانت هذه الاستمارة مفتوحة. لم يُحفظ شيء؛ أغلق وضع الشاهد ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation>هذا الملف ليس صورة أو ملف PDF أو ملفاً صوتياً مدعوماً. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation>لا يوجد لهذه المقابلة سجل موافقة بعد.</translation>
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation>سبق أن سحب الشاهد موافقته كلها.</translation>
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation>استمارة الموافقة هذه غير متوفرة بتلك اللغة.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادتان</numerusform>
            <numerusform>%n شهادات</numerusform>
            <numerusform>%n شهادة</numerusform>
            <numerusform>%n شهادة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n شاهد</numerusform>
            <numerusform>%n شاهد</numerusform>
            <numerusform>%n شاهدان</numerusform>
            <numerusform>%n شهود</numerusform>
            <numerusform>%n شاهدًا</numerusform>
            <numerusform>%n شاهد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n مُجري مقابلات</numerusform>
            <numerusform>%n مُجري مقابلات</numerusform>
            <numerusform>%n مُجري مقابلات</numerusform>
            <numerusform>%n مُجري مقابلات</numerusform>
            <numerusform>%n مُجري مقابلات</numerusform>
            <numerusform>%n مُجري مقابلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s) named</source>
        <translation>
            <numerusform>%n ضحية مذكورة</numerusform>
            <numerusform>%n ضحية مذكورة</numerusform>
            <numerusform>%n ضحيتان مذكورتان</numerusform>
            <numerusform>%n ضحايا مذكورين</numerusform>
            <numerusform>%n ضحية مذكورة</numerusform>
            <numerusform>%n ضحية مذكورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Interview created</source>
        <translation>إنشاء المقابلة</translation>
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation>إضافة مقابلة من ملف</translation>
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation>استيراد مقابلة من حزمة</translation>
    </message>
    <message>
        <source>Interview details changed</source>
        <translation>تعديل تفاصيل المقابلة</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation>إنشاء أجزاء الاسترداد</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Device keys created</source>
        <translation>إنشاء مفاتيح الجهاز</translation>
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation>إزالة مفتاح هويات الشهود</translation>
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation>الوثوق بمفتاح (تسجيل جهاز)</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>إبطال مفتاح</translation>
    </message>
    <message>
        <source>Linkage key created</source>
        <translation>إنشاء مفتاح الربط</translation>
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation>حساب البصمات من الهويات المختومة</translation>
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation>إعطاء مفتاح الربط لجهاز</translation>
    </message>
    <message>
        <source>Linkage key received</source>
        <translation>استلام مفتاح الربط</translation>
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation>إعطاء فهرس المقابلات السابقة</translation>
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation>استلام فهرس المقابلات السابقة</translation>
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation>إزالة فهرس المقابلات السابقة</translation>
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation>تحديث مقابلة من حزمة</translation>
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation>إرسال مقابلة في حزمة</translation>
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation>إغلاق المقابلة: سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation>إعادة فتح المقابلة: أُعطيت الموافقة من جديد</translation>
    </message>
    <message>
        <source>Interview purged</source>
        <translation>محو مقابلة</translation>
    </message>
    <message>
        <source>Witness added</source>
        <translation>إضافة شاهد</translation>
    </message>
    <message>
        <source>Witness details changed</source>
        <translation>تعديل تفاصيل الشاهد</translation>
    </message>
    <message>
        <source>Testimony started</source>
        <translation>بدء الشهادة</translation>
    </message>
    <message>
        <source>Testimony saved</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation>اعتماد الشهادة نهائياً</translation>
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation>بدء تصحيح (إصدار جديد)</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>إضافة حادثة</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>تعديل حادثة</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>حذف حادثة</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>تعديل بيانات شخص</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>حذف شخص</translation>
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation>إضافة دور في حادثة</translation>
    </message>
    <message>
        <source>Role in an incident changed</source>
        <translation>تعديل دور في حادثة</translation>
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation>حذف دور في حادثة</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>إضافة صلة في التسلسل القيادي</translation>
    </message>
    <message>
        <source>Command link changed</source>
        <translation>تعديل صلة في التسلسل القيادي</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>حذف صلة في التسلسل القيادي</translation>
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation>إضافة نوع انتهاك إلى القائمة</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation>وضع علامة على شهود قد يكونون مكرَّرين</translation>
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation>دمج مدخلات مرتكبين</translation>
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation>التراجع عن دمج مرتكبين</translation>
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation>تسجيل هوية الشاهد</translation>
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation>تعديل هوية الشاهد</translation>
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation>ختم هوية الشاهد</translation>
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation>إرسال هوية مختومة في حزمة</translation>
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation>استلام هوية مختومة</translation>
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation>إظهار هوية الشاهد</translation>
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation>إتلاف هوية الشاهد</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>إضافة مرفق</translation>
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation>استيراد مرفق من حزمة</translation>
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation>إنشاء نسخة منقّحة</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>حذف مرفق</translation>
    </message>
    <message>
        <source>Attachment destroyed</source>
        <translation>إتلاف مرفق</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>تصدير مرفق</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>بدء التسجيل الصوتي</translation>
    </message>
    <message>
        <source>Recording saved</source>
        <translation>حفظ التسجيل الصوتي</translation>
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation>استعادة تسجيل صوتي انقطع</translation>
    </message>
    <message>
        <source>Recording discarded</source>
        <translation>التخلّص من تسجيل صوتي</translation>
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation>تعذّر حفظ تسجيل صوتي منقطع</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>إعطاء الموافقة</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>تعديل الموافقة</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation>استلام تعديل على الموافقة</translation>
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation>إرفاق تسجيل الموافقة المنطوقة</translation>
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation>إزالة تسجيل الموافقة المنطوقة</translation>
    </message>
    <message>
        <source>Accountability body added</source>
        <translation>إضافة جهة مساءلة</translation>
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation>تفعيل جهة مساءلة</translation>
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation>تعطيل جهة مساءلة</translation>
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation>إرسال تعديل على الموافقة في حزمة</translation>
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation>استيراد تعديل على الموافقة من حزمة</translation>
    </message>
    <message>
        <source>Packet sealed</source>
        <translation>ختم حزمة</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Sender&apos;s custody history changed</source>
        <translation>تغيّر سجل الحيازة لدى المرسِل</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>إصدار إيصال</translation>
    </message>
    <message>
        <source>Receipt received</source>
        <translation>استلام إيصال</translation>
    </message>
    <message>
        <source>Included in a case export</source>
        <translation>تضمين في تصدير ملف قضية</translation>
    </message>
</context>
<context>
    <name>CustodySection</name>
    <message>
        <source>Every change is recorded here and chained by its hash, so a later alteration can be detected.</source>
        <translation>يُسجَّل هنا كل تغيير، ويرتبط كل قيد بما قبله عبر بصمته الرقمية، فيمكن كشف أي تعديل لاحق.</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>سجل الحيازة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>بصمة المحتوى</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>أكّد المنسّق تسليم %n مقابلة.</numerusform>
            <numerusform>أكّد المنسّق تسليم %n مقابلة.</numerusform>
            <numerusform>أكّد المنسّق تسليم %n مقابلتين.</numerusform>
            <numerusform>أكّد المنسّق تسليم %n مقابلات.</numerusform>
            <numerusform>أكّد المنسّق تسليم %n مقابلة.</numerusform>
            <numerusform>أكّد المنسّق تسليم %n مقابلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>تم محو %n مقابلة من هذا الجهاز.</numerusform>
            <numerusform>تم محو %n مقابلة من هذا الجهاز.</numerusform>
            <numerusform>تم محو %n مقابلتين من هذا الجهاز.</numerusform>
            <numerusform>تم محو %n مقابلات من هذا الجهاز.</numerusform>
            <numerusform>تم محو %n مقابلة من هذا الجهاز.</numerusform>
            <numerusform>تم محو %n مقابلة من هذا الجهاز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n حزمة.</numerusform>
            <numerusform>تم استيراد %n حزمة.</numerusform>
            <numerusform>تم استيراد %n حزمتين.</numerusform>
            <numerusform>تم استيراد %n حزم.</numerusform>
            <numerusform>تم استيراد %n حزمة.</numerusform>
            <numerusform>تم استيراد %n حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>اختر إيصال المنسّق</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>استُورد هذا الإيصال من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>المحو</translation>
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation>لا توجد مواد مسلَّمة بانتظار المحو.</translation>
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device&apos;s copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation>أكّد المنسّق استلام %1 من المقابلات: %2.

المحو يُتلف نسخة هذا الجهاز منها نهائياً (تُتلَف مفاتيحها)، فلا يمكن العثور على أي شيء منها على هذا الحاسوب. لا يبقى إلا سجلٌّ بأنها سُلِّمت. هل تريد المحو الآن؟</translation>
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation>اختر الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation>جارٍ التحقق والاستيراد...</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>مكان المقابلة</translation>
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation>اللغات (رموز تفصل بينها فواصل)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم الشفهي</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>حاضرون آخرون</translation>
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation>عُرضت الإحالة إلى خدمات الدعم</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>ملاحظات الإحالة</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>قُطع وعد بالمتابعة</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>ملاحظات المتابعة</translation>
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation>ظروف المقابلة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الظروف</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>أول حزمة</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>آخر رقم</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>الأرقام الناقصة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>الأجهزة المسجَّلة</translation>
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation>تسجيل جهاز...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>إبطال...</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>أُبطل في %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>The device&apos;s key file</source>
        <translation>ملف مفتاح الجهاز</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>إبطال الجهاز</translation>
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation>إبطال %1؟ يبقى كل ما استُورد منه؛ وستُرفض حزمه الجديدة.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation>السبب (يُحفظ مع الجهاز):</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment&apos;s content</source>
        <translation>محتوى المرفق</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>نص الملف</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>لم تُعرض %n صفحة أخرى.</numerusform>
            <numerusform>لم تُعرض %n صفحة أخرى.</numerusform>
            <numerusform>لم تُعرض %n صفحتان أخريان.</numerusform>
            <numerusform>لم تُعرض %n صفحات أخرى.</numerusform>
            <numerusform>لم تُعرض %n صفحةً أخرى.</numerusform>
            <numerusform>لم تُعرض %n صفحة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>شهود قد يكونون مكرَّرين</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation>شهود ربما أُجريت معهم المقابلة مرتين، عُثر عليهم بمقارنة بصمات محسوبة بمفتاح سرّي. لا تُعرض الأسماء.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>شهود قد يكونون مكرَّرين</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>درجة التطابق</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>الحقول المتطابقة</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا يوجد تكرار محتمل.</translation>
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation>احسب بصماتهم</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>Show names...</source>
        <translation>إظهار الأسماء...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>لا يمكن بعدُ مقارنة %n شاهد: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
            <numerusform>لا يمكن بعدُ مقارنة %n شاهد: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
            <numerusform>لا يمكن بعدُ مقارنة %n شاهدَين: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
            <numerusform>لا يمكن بعدُ مقارنة %n شهود: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
            <numerusform>لا يمكن بعدُ مقارنة %n شاهداً: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
            <numerusform>لا يمكن بعدُ مقارنة %n شاهد: خُتمت هويتهم على حاسوب محمول لم يكن فيه مفتاح ربط. يمكن حساب بصماتهم هنا بمفتاح هويات الشهود؛ ولا يُعرض أي اسم.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>إظهار الأسماء</translation>
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation>سيُظهر هذا اسمَي %1 و%2. يتطلب ذلك مفتاح هويات الشهود، ويُكتب كل إظهار في سجل الحيازة.</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>لم تُسجَّل هوية</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation>إذا أُجبرت على فتح هذا الحاسوب، فاكتب عبارة مرور الإكراه بدلاً من عبارة مرورك. فهي تفتح خزنة تمويهية: خزنة حقيقية تعمل وفيها بضع مقابلات غير ضارّة. وعلى القرص تبدو الخزنة التي لها عبارة مرور إكراه مثل الخزنة التي ليست لها.</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>عبارة مرور الإكراه مرة أخرى</translation>
    </message>
    <message>
        <source>Typing it also destroys this vault&apos;s keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation>كتابتها تُتلف أيضاً مفاتيح هذه الخزنة، كما يفعل المسح الطارئ. لا يمكن التراجع عن ذلك، ولا يظهر بعده ما يدل على أنه حدث.</translation>
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation>بضع مقابلات عن الحضور المدرسي (مُضمّنة)</translation>
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation>مقابلات من ملف أعطتك إياه منظمتك</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>اختيار ملف...</translation>
    </message>
    <message>
        <source>Making the decoy</source>
        <translation>جارٍ إعداد الخزنة التمويهية</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>تعيين عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>إزالتها</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Decoy content</source>
        <translation>المحتوى التمويهي</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>لم تُعيَّن عبارة مرور إكراه.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault&apos;s keys.</source>
        <translation>عبارة مرور الإكراه معيَّنة (منذ %1)؛ كتابتها تُتلف أيضاً مفاتيح هذه الخزنة.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation>عبارة مرور الإكراه معيَّنة (منذ %1)؛ كتابتها تفتح الخزنة التمويهية فقط.</translation>
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation>المقابلات التمويهية</translation>
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation>مقابلات JSON (*.json)</translation>
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation>عبارتا مرور الإكراه غير متطابقتين.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>اختر عبارة مرور إكراه من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation>اختر الملف الذي يحتوي على المقابلات التمويهية.</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>إزالة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation>ستزول عبارة مرور الإكراه وخزنتها التمويهية.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>أُزيلت.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>تسجيل جهاز</translation>
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device&apos;s fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation>اطلب من مُجري المقابلات أن يقرأ لك بصمة الجهاز أو يعرضها عليك، وجهاً لوجه أو عبر وسيلة تثق بها، واكتبها هنا. لا يُسجَّل الجهاز إلا إذا تطابقت البصمتان.</translation>
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation>البصمة كما أعطاها مُجري المقابلات</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation>الخروج من وضع الشاهد</translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation>إلى مُجري المقابلة: اكتب عبارة مرور الخزنة للخروج من وضع الشاهد.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>اكتب عبارة المرور أولاً.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>جارٍ التحقق...</translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation>عبارة المرور خاطئة. يبقى وضع الشاهد مفتوحاً.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation>إرسال الشهادات إلى المنسّق</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation>ملفات المفاتيح (*.key *.json)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation>اختيار...</translation>
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation>استيراد مقابلة (JSON)</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>تسجيل موافقة ورقية</translation>
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation>افتح أولاً المقابلة التي تعود إليها الموافقة الورقية.</translation>
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation>قيد الموافقة (JSON)</translation>
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation>صورة الاستمارة الموقّعة</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>صور ممسوحة ضوئياً (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>يجوز مشاركتها مع</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Never corrected</source>
        <translation>لم تُصحَّح قط</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>مصحَّحة</translation>
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation>مُجري المقابلة، جزء من الاسم</translation>
    </message>
    <message>
        <source>Place or governorate</source>
        <translation>المكان أو المحافظة</translation>
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation>المرتكب المزعوم أو الوحدة</translation>
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation>الحوادث من (سنة أو سنة-شهر أو تاريخ)</translation>
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation>الحوادث حتى (سنة أو سنة-شهر أو تاريخ)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>المرتكب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>قابلة للمشاركة مع</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation>لم تُسجَّل أي موافقة لهذه المقابلة.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>سحب الشاهد موافقته.</translation>
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation>لا يوجد نص للشهادة.</translation>
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation>لا يوجد ملخص للشهادة.</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>لم تُسجَّل أي حادثة.</translation>
    </message>
    <message>
        <source>%n incident(s) without a title (&quot;Untitled incident&quot;).</source>
        <translation>حوادث بلا عنوان («حادثة بلا عنوان»): %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation>حوادث بلا تاريخ: %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation>حوادث بلا انتهاك: %n.</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation>الاعتماد النهائي يجمّد هذه الشهادة بوصفها دليلاً: لا يستطيع أحد تغييرها بعد ذلك، وتُكتب بصمتها (تجزئة SHA-256) في سجل الحيازة. أما التصحيحات اللاحقة فتصبح إصدارات جديدة مرتبطة بهذا الإصدار.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>ما زال ناقصاً:</translation>
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation>هل تعتمدها نهائياً الآن؟</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>اعتماد الشهادة نهائياً؟</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>اعتماد نهائي</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation>المنسّق</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation>مفتاح %1 (%2) لدى %3</translation>
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation>مفتاح %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Testimony Recorder</source>
        <translation>مرحباً بك في مسجّل الشهادات</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation>كل ما تسجّله يُحفظ في خزنة مشفّرة على هذا الحاسوب، ولا يفتحها إلا عبارة المرور الخاصة بك أو مفتاح الاسترداد الذي ستدوّنه. لا يتصل البرنامج بالإنترنت أبداً.</translation>
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation>اسمك أو رمزك بصفتك مُجري المقابلة</translation>
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation>مثلاً: مُجري المقابلة 7</translation>
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation>يُكتب في سجل الحيازة مع كل ما تسجّله. استخدام رمز أكثر أماناً من اسمك الحقيقي.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Your name or code</source>
        <translation>اسمك أو رمزك</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation>ستكتبها في كل مرة تفتح فيها الخزنة. اجعلها طويلة ولا يعرفها أحد سواك. إذا وقع الحاسوب في يد غيرك، فهذه العبارة هي ما يحمي الأشخاص الذين وثقوا بك.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>العبارتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation>جارٍ إنشاء الخزنة. يستغرق ذلك بضع ثوانٍ: يقيس البرنامج قدرة هذا الحاسوب ليجعل مهاجمة عبارة المرور أصعب ما يمكن.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>دوّن مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة لفتح الخزنة. اكتبه الآن على ورقة واحفظ الورقة في مكان آمن بعيداً عن هذا الحاسوب: أي شخص يحصل عليها يستطيع فتح الخزنة. لن يُعرض المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation>كتبتُ المفتاح على ورقة</translation>
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation>المجموعة الأخيرة من مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation>للتحقق، اكتب آخر أربعة رموز منه</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 B</source>
        <extracomment>Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase is translated so a language can put the unit first or use its own abbreviation.</extracomment>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 غيغابايت</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>بين %1 و%2</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>حوالي %1</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation>مدى دقة معرفة التاريخ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>في يوم محدد</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>في شهر</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>في سنة</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>بين تاريخين</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>على وجه التقريب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>and</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>around</source>
        <translation>حوالي</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>يُقرأ: %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>نهاية الفترة: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation>حول مسجّل الشهادات</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation>الإصدارات والسجل</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>الإصدارات المحفوظة</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>نص الإصدار المحدد</translation>
    </message>
    <message>
        <source>finalized %1</source>
        <translation>معتمد نهائياً في %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>الإصدار %1 (%2)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation>الرواية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
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
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>الهوية المحمية</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>إظهار الهوية</translation>
    </message>
    <message>
        <source>Shows the witness&apos;s name and contact details; this is recorded in the custody log</source>
        <translation>يُظهر اسم الشاهد وبيانات الاتصال به، ويُسجَّل ذلك في سجل الحيازة</translation>
    </message>
    <message>
        <source>Seal identities now</source>
        <translation>اختم الهويات الآن</translation>
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation>يختم كل هوية ما زالت مقروءة على هذا الجهاز لمفتاح هويات الشهود</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>أسماء أخرى، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>حفظ الهوية</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Enter identity</source>
        <translation>إدخال الهوية</translation>
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation>إدخالها من جديد (يحلّ محلّها)</translation>
    </message>
    <message>
        <source>Sealed on %1 to the organisation&apos;s witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation>خُتمت في %1 لمفتاح هويات الشهود الخاص بالمنظمة: لا يستطيع هذا الجهاز قراءتها، أيّاً كان من يفتحه.</translation>
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation>مقروءة على هذا الجهاز: حُفظت قبل تسجيل مفتاح لهويات الشهود. اختمها الآن، حتى لا يستطيع أحد ممن يفتح هذا الجهاز قراءتها.</translation>
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator&apos;s key file (Keys and contacts); identities can then be sealed.</source>
        <translation>مقروءة على هذا الجهاز، ولكل من ينتزع عبارة مروره بالقوة: لم يُسجَّل مفتاح لهويات الشهود بعد. ثِق بملف مفتاح منسّقك (المفاتيح وجهات الاتصال)؛ وعندها يمكن ختم الهويات.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>الحقول المملوءة: %1.</translation>
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation>ستُختم عند حفظها: وبعد ذلك لا يُظهر هذا الجهاز إلا الحقول المملوءة.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation>لم يُسجَّل مفتاح لهويات الشهود: ستبقى مقروءة على هذا الجهاز حتى تُختم.</translation>
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation>الحفظ يستبدل الهوية؛ ثم تُختم إذا كان مفتاح هويات الشهود مسجَّلاً.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>لم تُسجَّل هوية. لا تسجّلها إلا إذا وافق الشاهد، واكتفِ بما هو ضروري.</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation>مفتاح هويات الشهود</translation>
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation>الهويات مختومة لمفتاح هويات الشهود. افتحه من هذه الخزنة، أو من ملف المفتاح الذي يحتفظ به فريق الحماية.</translation>
    </message>
    <message>
        <source>From this vault</source>
        <translation>من هذه الخزنة</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>من ملف...</translation>
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation>ملف مفتاح هويات الشهود</translation>
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation>سبب إظهار الهوية</translation>
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation>لماذا تحتاج إلى معرفة هوية هذا الشاهد؟ يُدوَّن السبب والوقت في سجل الحيازة.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>أسماء أخرى: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>هوية الشاهد</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation>اختر مجلداً (مثل ذاكرة USB) أو ملفات حزم، أو أفلتها هنا. تُجمَع الحزم المجزّأة (.001، .002...)، ويُتحقَّق من كل حزمة قبل الاحتفاظ بأي شيء منها.</translation>
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation>المجلدات والملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation>اختيار مجلد...</translation>
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation>اختيار ملفات...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Packets in this import</source>
        <translation>الحزم في هذا الاستيراد</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Consent changes</source>
        <translation>تغييرات الموافقة</translation>
    </message>
    <message>
        <source>Reason or warning</source>
        <translation>السبب أو التحذير</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation>حفظ بصيغة JSON...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Folder with packets</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>ملفات الحزم</translation>
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation>جارٍ البحث عن الحزم...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>جارٍ الإلغاء...</translation>
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation>الحزمة %1 من %2: %3 (%4 من %5 ميغابايت)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>انتهى.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>حفظ تقرير الاستيراد</translation>
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
        <translation>الحزمة %1 من %2 (الجهاز %3)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>استُوردت من قبل في %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n مقابلة.</numerusform>
            <numerusform>تم استيراد %n مقابلة.</numerusform>
            <numerusform>تم استيراد %n مقابلتين.</numerusform>
            <numerusform>تم استيراد %n مقابلات.</numerusform>
            <numerusform>تم استيراد %n مقابلة.</numerusform>
            <numerusform>تم استيراد %n مقابلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation>عنوان الحادثة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation>ما الذي حدث، كما رواه الشاهد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>مَن شارك</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation>حُفظ كل شيء عدا الوصف: طوله يتجاوز %1 حرف.</translation>
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation>حُفظ كل شيء عدا التاريخ أو المكان: انظر المشكلة أعلاه.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Add a violation type</source>
        <translation>إضافة نوع انتهاك</translation>
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation>اسم نوع الانتهاك كما يجب أن يظهر في القائمة:</translation>
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation>هذا الاسم طويل جداً (%1 حرفاً على الأكثر).</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation>الحوادث في هذه المقابلة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation>عنوان حادثة جديدة</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>حادثة جديدة: العنوان</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>إضافة حادثة</translation>
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation>إضافة حادثة بهذا العنوان</translation>
    </message>
    <message>
        <source>Remove incident...</source>
        <translation>حذف الحادثة...</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>حذف الحادثة المحددة</translation>
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation>لا توجد حوادث بعد. اكتب عنوان أول حادثة في الأعلى واضغط Enter.</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>حادثة بلا عنوان</translation>
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation>حذف الحادثة؟</translation>
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation>حذف الحادثة %1 مع الأدوار المسجّلة فيها؟ يُكتب الحذف في سجل الحيازة.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <translation>اعتماد الشهادة نهائياً...</translation>
    </message>
    <message>
        <source>Interview sections</source>
        <translation>أقسام المقابلة</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>سجل الحيازة</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>الشاهد %1</translation>
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation>مقابلة بتاريخ %1، لم تُسجَّل شهادة بعد</translation>
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation>مقابلة بتاريخ %1، الشهادة معتمدة نهائياً</translation>
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation>مقابلة بتاريخ %1، الشهادة مسودة</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>%1, delivered</source>
        <translation>%1، مُسلَّمة</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1، مُرسَلة</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation>ابحث في الشهادات والحوادث والأماكن ومرتكبي الانتهاكات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>المعتمدة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Filter by violation</source>
        <translation>تصفية حسب الانتهاك</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>كل الانتهاكات</translation>
    </message>
    <message>
        <source>Filter by date of the interview</source>
        <translation>تصفية حسب تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهراً</translation>
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation>تصفية حسب التسليم</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>كل حالات الإرسال</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>لم تُرسَل بعد</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>أُرسلت ولم يُؤكَّد استلامها</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>سُلِّمت</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n مقابلة</numerusform>
            <numerusform>%n مقابلة</numerusform>
            <numerusform>%n مقابلتان</numerusform>
            <numerusform>%n مقابلات</numerusform>
            <numerusform>%n مقابلة</numerusform>
            <numerusform>%n مقابلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>عُثر على %n مقابلة</numerusform>
            <numerusform>عُثر على %n مقابلة</numerusform>
            <numerusform>عُثر على %n مقابلتين</numerusform>
            <numerusform>عُثر على %n مقابلات</numerusform>
            <numerusform>عُثر على %n مقابلة</numerusform>
            <numerusform>عُثر على %n مقابلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation>اختر شهادة من القائمة.</translation>
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation>إظهار الهوية...</translation>
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation>أجزاء المقابلة</translation>
    </message>
    <message>
        <source>Testimony versions</source>
        <translation>إصدارات الشهادة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>سجل الموافقة</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(حادثة بلا عنوان)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation>شخص بلا اسم</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation>الشاهد %1، أجرى المقابلة %2 في %3</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>سحب الشاهد موافقته.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation>الإصدار %1 (%2) %3</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>الانتهاكات: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation>تحت قيادة %1</translation>
    </message>
    <message>
        <source>Commanded %1</source>
        <translation>قاد %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(مغلق)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>The witness&apos;s consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation>موافقة الشاهد لا تسمح لهذه المنظمة باستخدام هذا الملف، لذلك يبقى مغلقاً.</translation>
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation>لا تسمح الموافقة إلا باستخدام نسخة منقّحة من هذا الملف، ولا توجد نسخة منها هنا، لذلك يبقى مغلقاً.</translation>
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation>تُعرض نسخته المنقّحة: لا تسمح الموافقة إلا باستخدام النسخ المنقّحة.</translation>
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation>نسخة منقّحة: حُذفت البيانات الوصفية التي تكشف الهوية قبل إرسالها.</translation>
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation>الأصل كما سُجّل: تسمح الموافقة باستخدامه.</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>نسخة منقّحة</translation>
    </message>
    <message>
        <source>original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 في %2 (%3)</translation>
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation>%1: الشهادة %2، الهوية %3، الصوت %4</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  بواسطة %3</translation>
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation>أُدخلت في هذه الخزنة، ولم تُستورَد.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>الجهاز: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation>التوقيع: جرى التحقق منه بمفتاح الجهاز المسجَّل</translation>
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation>أُبطل هذا الجهاز منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>الحزم:</translation>
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation>  الرقم %1، خُتمت %2، استُوردت %3، المعرّف %4</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>SHA-256 للسجل: %1</translation>
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation>مسار الحيازة على الجهاز:</translation>
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation>مسار الحيازة في هذا الأرشيف:</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation>الأشخاص المشاركون في هذه الحادثة وأدوارهم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation>الشخص (اختر، أو اكتب اسم شخص جديد)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>اختر اسماً أو اكتبه</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>الدور في هذه الحادثة</translation>
    </message>
    <message>
        <source>Notes on this role</source>
        <translation>ملاحظات عن هذا الدور</translation>
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation>مثلاً أملى على المحقق ما يسأل عنه</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>إضافة الدور</translation>
    </message>
    <message>
        <source>Add this person&apos;s role in the incident</source>
        <translation>إضافة دور هذا الشخص في الحادثة</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>حذف الدور</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>حذف الدور المحدد</translation>
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation>%1 (مرتكب مزعوم)</translation>
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation>اختر شخصاً، أو اكتب اسم شخص جديد.</translation>
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation>لدى %1 هذا الدور في هذه الحادثة من قبل.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>إلغاء هذه المهمة</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>جارٍ الإلغاء...</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>المفاتيح وجهات الاتصال</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation>بصمة هذا الجهاز. اقرأها بصوت عالٍ أو اعرضها عندما يريد شخص ما الوثوق بمفتاحك:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <source>Save my key file...</source>
        <translation>حفظ ملف مفتاحي...</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation>الوثوق بملف مفتاح...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>إبطال...</translation>
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation>المفاتيح التي يثق بها هذا الجهاز</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>أُبطل في %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري مقابلة</translation>
    </message>
    <message>
        <source>Save my key file</source>
        <translation>حفظ ملف مفتاحي</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>حُفظ ملف المفتاح</translation>
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation>ملف المفتاح عام: يمكن نقله بأي وسيلة. لكن من يريد الوثوق به عليه أن يتحقق من بصمته معك.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>اختر ملف مفتاح</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>إبطال مفتاح</translation>
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation>لن تُرسَل أي حزمة إلى هذا المفتاح بعد الآن، ولن تُقبَل أي حزمة منه. ما السبب؟ (لسجل الحيازة)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Let the witness choose the language of the consent form.</source>
        <translation>دع الشاهد يختار لغة استمارة الموافقة.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>مستوى الصوت الداخل</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>لا يوجد صوت</translation>
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation>مرتفع جداً، قريب من التشوّه</translation>
    </message>
    <message>
        <source>Good level</source>
        <translation>مستوى جيد</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>منخفض</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>مسجّل الشهادات</translation>
    </message>
    <message>
        <source>%1 - DEMO, fictional data</source>
        <translation>%1 - عرض تجريبي، بيانات خيالية</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>&amp;Import an interview (JSON)...</source>
        <translation>استيراد مقابلة (JSON)...</translation>
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation>تسجيل موافقة ورقية...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>بحث...</translation>
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation>إرسال إلى المنسّق...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>استيراد إيصال...</translation>
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation>محو المواد المسلَّمة...</translation>
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation>المفاتيح وجهات الاتصال...</translation>
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation>تسجيلات استمارة الموافقة...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>نسخ احتياطي...</translation>
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation>أجزاء الاسترداد...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>الإعدادات...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation>المسح الطارئ...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation>يُتلف هذا الإجراء مفاتيح الخزنة فوراً. لن يمكن فتح أي شيء فيها بعد ذلك أبداً، لا بعبارة المرور ولا بمفتاح الاسترداد. أما المواد التي سُلِّمت إلى المنسّق فتبقى في أمان لديه.

الخزنة: %1</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>امسح الآن</translation>
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation>مُسحت الخزنة. سيُغلق البرنامج الآن.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقّق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation>في مفتاح الاسترداد هذا خطأ في الكتابة: أحرف التحقق فيه غير متطابقة. قارن كل مجموعة بالمفتاح المطبوع، ثم اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>هذه الخزنة مفتوحة حالياً في نافذة أخرى من مسجّل الشهادات أو في أمر آخر. أغلقها هناك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation>توجد خزنة في %1 من قبل، ولم يُمَسّ فيها شيء. افتحها، أو اختر مجلداً آخر للخزنة الجديدة.</translation>
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation>ملف مفاتيح هذه الخزنة غير موجود: إما أن الخزنة مُسحت، وإما أن الملف حُذف. لا يمكن فتح الخزنة من دونه. استعد ملف المفاتيح من نسخة احتياطية إن كانت لديك.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation>ملف المفاتيح %1 تالف. استعده من نسخة احتياطية. لم يطرأ أي تغيير على الخزنة نفسها.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation>قاعدة بيانات الخزنة %1 تالفة أو لا يمكن قراءتها. استعدها من نسخة احتياطية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من مسجّل الشهادات. حدّث البرنامج؛ لم يطرأ أي تغيير على الخزنة.</translation>
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation>فشلت ترقية الخزنة، لذلك تُركت كما كانت تماماً. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>هذه الشهادة معتمدة نهائياً ولا يمكن تغييرها. أضف تصحيحاً بدلاً من ذلك: سيصبح إصداراً جديداً.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>هذا العنصر لم يعد موجوداً؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation>%1 يطابق أكثر من عنصر واحد. اكتب جزءاً أطول من المعرّف، ثم حاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation>تحتاج صلة التسلسل القيادي إلى شخصين مختلفين: لا أحد يصدر أوامر لنفسه. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation>هذا مسجّل من قبل، لذا لم يُضف شيء.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation>الملف %1 فارغ (0 بايت)، لذلك لم يُحفظ شيء. تأكّد من أنه الملف الصحيح، أو انسخه مرة أخرى من مصدره.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation>الملف %1 ليس من الأنواع التي يستطيع مسجّل الشهادات حفظها، لذلك لم يُحفظ شيء. الأنواع المقبولة: الصوت (WAV، FLAC، MP3، AAC، Ogg، M4A)، والفيديو (MP4، MOV، 3GP)، والصور (JPEG، PNG، WebP)، وملفات PDF، والنصوص العادية.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation>الملف %1 ناقص: ربما انقطع أثناء نسخه، لذلك لم يُحفظ شيء. انسخه مرة أخرى من مصدره، ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>الخزنة مقفلة. افتحها للمتابعة.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation>أُلغيت العملية. لم يُحتفَظ بأي شيء منجَز جزئياً.</translation>
    </message>
    <message>
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation>لا يمكن قراءة الملف %1 على أنه من النوع الذي يُفترض أن يكون عليه، لذلك لم يُحفظ شيء. افتحه على الجهاز الذي جاء منه للتحقق منه، ثم انسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation>الملف %1 ليس الملف المتوقَّع (بصمته مختلفة)، لذلك لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault&apos;s media folder from a backup.</source>
        <translation>أحد الملفات المحفوظة تالف أو جرى تعديله، لذلك لا يمكن فتحه. السجل وبصمته سليمان؛ استعد مجلد الوسائط في الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation>تعذّر إنشاء نسخة قابلة للمشاركة من %1 خالية من التفاصيل التي تكشف الهوية. لم يتغيّر الأصل؛ ولن يُشارَك الملف.</translation>
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>الملف %1 أكبر من أن يُشغَّل داخل البرنامج. يبقى محفوظاً بأمان في الخزنة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation>توقف التسجيل بسبب مشكلة في الميكروفون أو القرص. حُفظ كل ما سُجِّل حتى تلك اللحظة.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation>لم يُعثر على ميكروفون. صِل ميكروفوناً (أو اختره في الإعدادات)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation>هذا الملف هو إثبات لسجل موافقة، لذلك لا يمكن حذفه.</translation>
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness&apos;s consent first.</source>
        <translation>لم تُسجَّل موافقة لهذه المقابلة، لذلك لا يمكن أن يخرج أي شيء منها من هذا الجهاز. خذ موافقة الشاهد أولاً.</translation>
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation>سحب الشاهد موافقته على هذه المقابلة.</translation>
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation>لم يوافق الشاهد على التسجيل الصوتي، لذلك التسجيل متوقف في هذه المقابلة.</translation>
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation>هذه الموافقة لا تتبع الموافقة السارية (فقد عُدّلت في الأثناء). افتح المقابلة من جديد وكرّر الخطوة.</translation>
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation>لم تُستكمَل خطوات الموافقة بالترتيب. ابدأ من جديد من الخطوة الأولى.</translation>
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation>نص الموافقة بهذه اللغة غير موجود في هذا التثبيت. اختر لغة أخرى أو أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation>نص الموافقة في هذا التثبيت تالف. أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation>البصمة التي كتبتها لا تطابق ملف المفتاح هذا. لم يُعتبَر المفتاح موثوقاً. تحقّق من ذلك مع صاحبه وجهاً لوجه: ربما استبدل أحدٌ الملف.</translation>
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation>أُبطل هذا المفتاح من قبل؛ لا يمكن الوثوق به مرة أخرى.</translation>
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation>لا يوجد مفتاح موثوق يطابق %1.</translation>
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation>أكثر من مفتاح موثوق يطابق %1. اكتب جزءاً أطول من البصمة.</translation>
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation>هذه الجهة ليست من الجهات التي تسأل عنها استمارة الموافقة، لذلك لا يمكن أن تسمح الموافقة أبداً بالمشاركة معها.</translation>
    </message>
    <message>
        <source>That is this device&apos;s own key; it does not need to be trusted.</source>
        <translation>هذا هو مفتاح هذا الجهاز نفسه؛ لا حاجة إلى الوثوق به.</translation>
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation>لا تحتوي هذه الخزنة على المفتاح الخاص اللازم لذلك.</translation>
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation>لا يوجد في هذه الخزنة مفتاح لهويات الشهود.</translation>
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation>اختر مستلِماً موثوقاً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation>لا يمكن الإرسال إلى %1: ينقص ملفَّ مفتاحه مفتاحٌ لازم لهذا. اطلب ملف مفتاح جديداً وثِق به من جديد.</translation>
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation>لا يوجد ما يُرسَل: لا توجد مقابلة معتمدة جديدة أو معدّلة منذ آخر حزمة.</translation>
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation>تغيّر شيء بعد المعاينة. ارجع وتحقّق من المعاينة مرة أخرى.</translation>
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation>ستكون الحزمة كبيرة جداً. أرسل عدداً أقل من المقابلات في كل مرة.</translation>
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation>أحد الملفات المحفوظة لا يطابق سجله، لذلك لم تُكتب الحزمة. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>القرص الذي يحمل %1 ممتلئ. لم تُحفظ هذه الخطوة؛ أفرغ بعض المساحة وحاول مرة أخرى. كل ما حُفظ قبل ذلك في أمان.</translation>
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation>بعض هذه المعلومات غير صالحة، لذلك لم تُحفظ. تحقّق مما أدخلته، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>الملف %1 أكبر من أن يُعرض داخل البرنامج. يبقى محفوظاً بأمان في الخزنة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation>تعذّر عرض الملف %1: فهو تالف، أو من نوع لا يستطيع البرنامج عرضه. يبقى في الخزنة كما وصل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation>لم يُعثر على الميكروفون %1. تحقّق من أنه موصول، أو اختر ميكروفوناً آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation>لا يمكن تسجيل هذه الموافقة: الأجوبة لا تتوافق مع استمارة الموافقة. ارجع إلى صفحة المراجعة وتحقّق من كل جواب.</translation>
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation>لم يُقبَل إثبات الموافقة: يجب أن يكون صورة أو ملف PDF أو ملفاً صوتياً من هذه المقابلة، غير فارغ وغير كبير جداً، وألا يكون إثباتاً لموافقة أخرى. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation>الملف %1 ليس ملف مفتاح صالحاً، أو أنه تالف. لم يُعتبَر أي شيء موثوقاً؛ اطلب من صاحبه نسخة جديدة.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation>أُبطل مفتاح %1، لذلك لا يمكن إرسال أي شيء إليه. اختر مستلِماً آخر.</translation>
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>ملف مفتاح %1 لا يدعم تشفير ما بعد الكم. اطلب من صاحبه ملف مفتاح جديداً، أو أرسل دون تشفير ما بعد الكم.</translation>
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>مفتاح هويات الشهود لدى %1 لا يدعم تشفير ما بعد الكم. اطلب من صاحبه ملف مفتاح جديداً، أو أرسل دون تشفير ما بعد الكم.</translation>
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation>لم تُتَّبع خطوات التصدير بالترتيب. أغلق التصدير وابدأه من جديد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation>حُذفت إحدى المقابلات، أو أُعيد فتح إصدارها النهائي، أثناء ختم الحزمة. لم يُكتب شيء؛ ارجع وتحقّق من المعاينة مرة أخرى.</translation>
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation>أحد ملفات هذه المقابلة أكبر من 8 غيغابايت، وهذا أكثر مما تستطيع الحزمة حمله، لذلك لم يُكتب شيء. اسأل منسّقك عن طريقة تسليمه.</translation>
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation>تتعذّر قراءة الملف %1 (ربما نُقل، أو أنه كبير جداً). لم يتغيّر شيء؛ اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation>لا يمكن كتابة %1. لم يُكتب شيء؛ اختر مكاناً آخر أو أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation>لا يمكن استخدام حجم الأجزاء هذا.</translation>
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation>يوجد هناك ملف بهذا الاسم من قبل؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation>هذا الملف ليس حزمة من مسجّل الشهادات.</translation>
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation>هذه الحزمة ناقصة: انقطعت، على الأرجح أثناء نسخها. انسخها مرة أخرى من الأصل.</translation>
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation>عُدّلت هذه الحزمة أو تلفت بعد ختمها. لا تستخدمها؛ اطلب من المرسِل نسخة جديدة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation>هذه الحزمة ليست موجّهة إلى هذه الخزنة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation>أحد أجزاء هذه الحزمة مفقود. ضع كل الأجزاء (.001، .002، ...) في المجلد نفسه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation>لا يمكن قراءة هذه الحزمة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender&apos;s key first, after checking its fingerprint.</source>
        <translation>وُقّعت هذه الحزمة بمفتاح لا تثق به هذه الخزنة (%1). لم يُستورد شيء. ثِق بمفتاح المرسِل أولاً، بعد التحقق من بصمته.</translation>
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation>وُقّعت هذه الحزمة بمفتاح مُبطَل (%1). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet&apos;s signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation>توقيع هذه الحزمة غير صالح: إنه مزوَّر أو جرى تعديله. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation>استُلمت هذه الحزمة من قبل (أو هي نسخة قديمة أُعيد إرسالها). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation>تحتوي هذه الحزمة على جزء تالف. رُفضت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation>تحتوي هذه الحزمة على جزء باسم غير آمن. رُفضت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation>تحتوي هذه الحزمة على جزء يتجاوز الحجم المسموح. رُفضت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من مسجّل الشهادات. حدّث البرنامج، ثم استوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation>تحمل هذه الحزمة أكثر مما وافق شهودها على مشاركته. رُفضت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation>إحدى المقابلات في هذه الحزمة تعود إلى جهاز آخر. رُفضت؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation>تغيّر ما يمكن حذفه نهائياً بعد عرض القائمة (%1)، لذلك لم يُحذف شيء. راجع القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation>هذا ليس إيصالاً صالحاً لهذه الخزنة.</translation>
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation>لا توجد حزمة مستوردة من ذلك المرسِل بانتظار إيصال.</translation>
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation>لم تصل الحزمة %1 من %2 (الجهاز %3). اطلبها من المرسِل.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation>لم تصل الحزم من %1 إلى %2 من %3 (الجهاز %4). اطلبها من المرسِل.</translation>
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation>تذكر هذه الحزمة أن الحزمة التي سبقتها هي %1، لكن الحزمة %2 المستلَمة من هذا المرسِل هي %3. اسأل المرسِل أيّهما الصحيح.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log continues what it sent before.</source>
        <translation>سجل الحيازة لدى المرسِل يُكمل ما أرسله من قبل.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation>أول حزمة من هذا المرسِل: جرى التحقق من سجل الحيازة الخاص به من البداية.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation>أول حزمة من هذا المرسِل: جرى التحقق من سجل الحيازة الخاص به ابتداءً من القيد %1.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation>لا يمكن بعدُ ربط سجل الحيازة لدى المرسِل: القيود من %1 إلى %2 موجودة في حزم لم تصل بعد.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation>لم يعد سجل الحيازة لدى المرسِل مطابقاً لما أرسله من قبل (تغيّر القيد %1): لقد أُعيدت كتابة تاريخه. اسأل المرسِل عن السبب قبل الاعتماد على هذه الحزمة.</translation>
    </message>
    <message>
        <source>This is an interviewer&apos;s vault. The archive is kept in a coordinator&apos;s vault.</source>
        <translation>هذه خزنة مُجري مقابلات. يُحفظ الأرشيف في خزنة المنسّق.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation>%1 ليس تاريخاً. اكتب سنة، أو سنة وشهراً، أو تاريخاً كاملاً (2024 أو 2024-03 أو 2024-03-06).</translation>
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation>%1 ليست قيمة يقبلها عامل التصفية هذا.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer&apos;s device. It was not enrolled.</source>
        <translation>المفتاح %1 لا يعود إلى جهاز مُجري مقابلات. لم يُسجَّل ضمن الأجهزة.</translation>
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation>لا يوجد جهاز مسجَّل يطابق %1.</translation>
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation>لا يوجد قيد في فهرس مرتكبي الانتهاكات يطابق %1.</translation>
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation>%1 يطابق أكثر من قيد واحد في فهرس مرتكبي الانتهاكات. اختر واحداً من القائمة.</translation>
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation>%1 و%2 مدموجان في قيد واحد من قبل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation>لا يمكن الدمج إلا بين شخصين أو بين وحدتين، لا بين شخص ووحدة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation>لا يوجد دمج ساري المفعول يطابق %1؛ ربما أُلغي من قبل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation>تبقى الهويات مختومة حتى يُفتح مفتاح هويات الشهود. افتحه أولاً (يحتفظ به فريق الحماية).</translation>
    </message>
    <message>
        <source>That is not this archive&apos;s witness-identity key. No identity was revealed.</source>
        <translation>هذا ليس مفتاح هويات الشهود الخاص بهذا الأرشيف. لم تُظهَر أي هوية.</translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation>لم يوافق الشهود على مشاركة أيٍّ من الشهادات المختارة مع هذه الجهة، فلا يوجد ما يُصدَّر. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation>%1 موجود مسبقاً. اختر اسماً آخر؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator&apos;s key: choose their trusted key. Nothing was written.</source>
        <translation>يُختم التصدير المشفّر لمفتاح المحقّق: اختر مفتاحه الموثوق. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation>المفتاح %1 يعود إلى جهة غير الجهة المختارة. جرى التحقق من الموافقة للجهة المختارة فقط، لذلك لم يُختم شيء لهذا المفتاح.</translation>
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation>المفتاح %1 مُبطَل أو لا يمكن الختم له. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation>تغيّرت الشهادة %1 بعد المعاينة (موافقتها أو سجلها). راجع المعاينة من جديد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation>أحد الملفات المحفوظة لا يطابق بصمته المسجّلة، لذلك أُوقف تصدير ملف القضية. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation>شكل التصدير هذا غير معروف. اختر مجلداً أو ملف zip أو ملفاً مشفّراً.</translation>
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation>لا يمكن كتابة التقارير بهذه اللغة. اختر لغة أخرى.</translation>
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation>لم تُتّبَع خطوات تصدير ملف القضية بالترتيب. ابدأ من جديد من الخطوة الأولى.</translation>
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation>اذكر سبب الحاجة إلى الهوية: يُكتب كل إظهار في سجل الحيازة مع سببه. لم يُظهَر شيء.</translation>
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation>لا يحتوي الأرشيف على هوية لهذا الشاهد: إما أن الموافقة لم تسمح بمشاركتها، وإما أنها أُتلفت.</translation>
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation>لا يمكن لعملية الاستيراد القيام بذلك الآن. انتظر حتى تنتهي.</translation>
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation>لا يوجد تقرير استيراد محفوظ يطابق %1.</translation>
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation>تعذّر الاحتفاظ ببصمات كشف الشهود المكرَّرين لإحدى المقابلات في هذه الحزمة؛ أما المقابلة نفسها فقد استُوردت.</translation>
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator&apos;s key file made for this device; it carries the key.</source>
        <translation>لا يوجد في هذه الخزنة بعدُ مفتاح الربط الخاص بالمنظمة. ثِق بملف مفتاح منسّقك المُعَدّ لهذا الجهاز؛ فهو يحمل هذا المفتاح.</translation>
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation>مفتاح الربط الخاص بالمنظمة محفوظ تحت حماية مفتاح هويات الشهود، وهذا المفتاح ليس في هذه الخزنة. اطلب من فريق الحماية القيام بذلك.</translation>
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation>يحمل ملف مفتاح %1 مفتاح ربط مُعَدّاً لجهاز آخر. لم يُعتبَر أي شيء موثوقاً؛ اطلب من المنسّق ملف مفتاح مُعَدّاً لهذا الجهاز.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault can do this.</source>
        <translation>لا يمكن القيام بذلك إلا في خزنة منسّق.</translation>
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation>لا يوجد في هذه الخزنة شاهد بالرمز %1.</translation>
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation>يحتاج الزوج إلى شاهدين مختلفين؛ لكن %1 ذُكر مرتين.</translation>
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation>الملف %1 ليس فهرس مقابلات سابقة مُعَدّاً لهذا الجهاز. لم يتغيّر شيء؛ اطلب من منسّقك فهرساً جديداً.</translation>
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation>أجزاء الاسترداد هذه لا تفتح هذه الخزنة: فهي تعود إلى خزنة أخرى، أو حلّت محلّها أجزاء أحدث. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation>يلزم لهذا %1 من أجزاء الاسترداد المختلفة؛ أُدخل %2. اكتبها مع سطر فارغ بين كل جزء وآخر. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation>لا يمكن قراءة الجزء %1. قارن كل كلمة بالورقة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This identity is sealed to the organisation&apos;s witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation>هذه الهوية مختومة لمفتاح هويات الشهود الخاص بالمنظمة، لذلك لا يمكن قراءتها على هذا الجهاز. لتصحيحها، أدخلها من جديد.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator&apos;s key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation>لم يُسجَّل مفتاح لهويات الشهود بعد. ثِق أولاً بملف مفتاح منسّقك (المفاتيح وجهات الاتصال)؛ فهو يحمل المفتاح. لم يُختم شيء.</translation>
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation>لا يمكن تعيين عبارة مرور الإكراه أو إزالتها هنا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>يجب أن تختلف عبارة مرور الإكراه عن عبارة مرور الخزنة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation>المحتوى التمويهي لا يتّسع في %1 كيلوبايت. اختر مقابلات أقل أو أقصر. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation>لا يمكن استخدام هذا الملف محتوى تمويهياً. يجب أن يكون ملف مقابلات JSON يحتوي على بضع مقابلات بلا مرفقات ولا سجلات موافقة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This vault&apos;s recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation>أُنشئ مفتاح الاسترداد لهذه الخزنة قبل وجود النسخ الاحتياطية. أنشئ مفتاح استرداد جديداً أولاً (وعندها يتوقف القديم عن العمل). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation>%1 داخل مجلد الخزنة. اختر مكاناً خارجه، مثل ذاكرة USB؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault&apos;s backup, or one made before the recovery key was replaced.</source>
        <translation>لا يُفتح %1 بمفتاح الاسترداد هذا. إنه نسخة احتياطية لخزنة أخرى، أو نسخة أُجريت قبل استبدال مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation>%1 تالف أو عُدّل بعد إنشائه. لا تعتمد عليه؛ لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation>هذه النسخ الاحتياطية لا يتبع بعضها بعضاً. قدّم النسخة الكاملة أولاً، ثم كل نسخة لاحقة بالترتيب. لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation>توجد خزنة في %1 مسبقاً. تُركت دون أي تغيير.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>حدث خطأ (%1). لم يُحتفَظ بأي شيء منجَز جزئياً. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>مسجّل الشهادات</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <source>Choose a folder, for example on a memory stick</source>
        <translation>اختر مجلداً، مثلاً على ذاكرة USB</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation>%1: التفاصيل</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: اليوم</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: الشهر</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: السنة</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>أدخل السنة.</translation>
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation>أدخل سنة بين %1 و%2.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>اختر الشهر.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>اختر اليوم.</translation>
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation>اختر شهر ذلك اليوم.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>لا يوجد يوم %1 في ذلك الشهر.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation>الاسم نفسه بتهجئة أخرى</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>alias matches</source>
        <translation>اسم آخر مطابق</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>الوحدة نفسها</translation>
    </message>
    <message>
        <source>different units</source>
        <translation>وحدات مختلفة</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>الرتبة نفسها</translation>
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Alleged perpetrators</source>
        <translation>المرتكبون المزعومون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>مُجرو المقابلات</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation>الأسماء الأخرى والتهجئات</translation>
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation>الانتماء، الوحدة، الرتبة</translation>
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation>ابحث بالاسم، بأي تهجئة</translation>
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation>البحث عن مرتكب مزعوم بالاسم</translation>
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation>الادعاءات والتأييد</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>عمليات دمج مقترحة</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>درجة التطابق</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>دمج...</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>سجل الدمج</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المُبقى عليه</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>المدموج فيه</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation>التراجع عن الدمج...</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>الادعاءات</translation>
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n مرتكب مزعوم</numerusform>
            <numerusform>%n مرتكب مزعوم</numerusform>
            <numerusform>%n مرتكبان مزعومان</numerusform>
            <numerusform>%n مرتكبين مزعومين</numerusform>
            <numerusform>%n مرتكبًا مزعومًا</numerusform>
            <numerusform>%n مرتكب مزعوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role (&quot;Carried it out&quot;), %2 the violation, %3 who backs it (&quot;2 witnesses, 1 interviewer, and 2 testimonies&quot;).</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>no violation type</source>
        <translation>لا نوع انتهاك</translation>
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation>حوادث بين %1 و%2</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>الأماكن: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation>معاملة %1 و%2 على أنهما %3 واحد؟ تُحتسب شهاداتهما وتأييدهما معاً. يُدوَّن الدمج في سجل الحيازة ويمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation>التراجع عن دمج %1 في %2؟ يُدرَج كلٌّ منهما منفصلاً من جديد؛ ويبقى الدمج في السجل على أنه أُلغي.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation>الاسم أو اللقب أو كيف يشير إليه الشاهد</translation>
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation>أسماء أخرى (تفصل بينها فواصل)</translation>
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation>الانتماء (قوة، جماعة، جهاز)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Position or function</source>
        <translation>المنصب أو الوظيفة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation>الفئة العمرية وقت الأحداث</translation>
    </message>
    <message>
        <source>Description of the person</source>
        <translation>وصف الشخص</translation>
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation>المظهر، العمر، ما فعله، كيف يعرفه الشاهد.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation>%1 أسماء أخرى على الأكثر، لا يتجاوز كل منها 300 حرف؛ لم تُحفظ.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation>الوصف أطول من %1 حرف؛ اختصره لحفظه.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation>الأشخاص المذكورون في هذه المقابلة</translation>
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation>اسم شخص جديد أو وصفه</translation>
    </message>
    <message>
        <source>New person: name or description</source>
        <translation>شخص جديد: الاسم أو الوصف</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation>إضافة شخص بهذا الاسم</translation>
    </message>
    <message>
        <source>Remove person...</source>
        <translation>حذف الشخص...</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>حذف الشخص المحدد</translation>
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation>لا يوجد أشخاص بعد. اكتب اسماً أو وصفاً في الأعلى واضغط Enter.</translation>
    </message>
    <message>
        <source>Remove the person?</source>
        <translation>حذف الشخص؟</translation>
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation>حذف %1 من هذه المقابلة مع أدواره في الحوادث وصلاته في التسلسل القيادي؟ يُكتب الحذف في سجل الحيازة.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation>مثلاً الحاجز عند مدخل البلدة</translation>
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation>المحافظة أو المنطقة (اختر أو اكتب)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>اختر من القائمة أو اكتب</translation>
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation>خط العرض بالدرجات العشرية (من -90 إلى 90)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation>خط الطول بالدرجات العشرية (من -180 إلى 180)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation>مقدار الخطأ المحتمل في الإحداثيات، بالأمتار</translation>
    </message>
    <message>
        <source>precision not known</source>
        <translation>الدقة غير معروفة</translation>
    </message>
    <message>
        <source>within </source>
        <translation>ضمن </translation>
    </message>
    <message>
        <source> m</source>
        <translation> م</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation>يجب أن يكون خط العرض رقماً بين -90 و90 (مثلاً 36.2). لم يُحفظ.</translation>
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation>يجب أن يكون خط الطول رقماً بين -180 و180 (مثلاً 37.15). لم يُحفظ.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو لا تدخل أياً منهما.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation>اختر مرفقاً صوتياً واضغط «تشغيل».</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>الموضع في التسجيل</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation>العلامات؛ اختر واحدة للاستماع من عندها</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>جارٍ تحميل %1...</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system&apos;s sound settings), then press Play again.</source>
        <translation>لم يُعثر على أي مخرج للصوت، لذلك لا يمكن سماع شيء. صِل مكبّرات صوت أو سمّاعات (أو تحقّق من إعدادات الصوت في النظام)، ثم اضغط «تشغيل» مرة أخرى.</translation>
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system&apos;s sound settings, then press Play again.</source>
        <translation>توقّف مخرج الصوت أو رفض هذا الملف، لذلك لا يُشغَّل شيء. تحقّق من مكبّرات الصوت أو السمّاعات ومن إعدادات الصوت في النظام، ثم اضغط «تشغيل» مرة أخرى.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation>يجري تجهيز الأرشيف لهذا الإصدار من التطبيق. يحدث هذا مرة واحدة، ويستغرق بضع دقائق إذا كان الأرشيف يضم آلاف الشهادات. لا يضيع شيء إذا أُغلق التطبيق في أثناء ذلك: يبدأ التجهيز من جديد عند فتح الخزنة في المرة التالية.</translation>
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation>تجهيز الأرشيف</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation>تحقّق مما سيُرسَل</translation>
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation>لا يُكتب شيء قبل أن تختم الحزمة.</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>محتوى الحزمة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>سيُرسَل</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
            <numerusform>شهادة معتمدة، %n إصداران</numerusform>
            <numerusform>شهادة معتمدة، %n إصدارات</numerusform>
            <numerusform>شهادة معتمدة، %n إصداراً</numerusform>
            <numerusform>شهادة معتمدة، %n إصدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>sent, sealed</source>
        <translation>سيُرسَل مختوماً</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لن يُرسَل</translation>
    </message>
    <message>
        <source>Sealed to the coordinator&apos;s identity key: analysts cannot read it.</source>
        <translation>مختومة لمفتاح الهوية الخاص بالمنسّق: لا يستطيع المحلّلون قراءتها.</translation>
    </message>
    <message>
        <source>sent as recorded</source>
        <translation>سيُرسَل كما سُجّل</translation>
    </message>
    <message>
        <source>sent redacted</source>
        <translation>سيُرسَل منقّحاً</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>مرفق (%1)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>consent change sent</source>
        <translation>سيُرسَل تعديل الموافقة</translation>
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation>عدّل الشاهد موافقته بعد حزمة سابقة.</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>لا يمكن إرسال أي شيء بهذه الخيارات.</translation>
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation>جارٍ إعداد المعاينة</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation>قبل مقابلة جديدة</translation>
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation>أرسل منسّقك فهرساً بالأشخاص الذين أُجريت معهم مقابلات من قبل (%1). تحقّق مما إذا كانت قد أُجريت مقابلة مع هذا الشخص من قبل. ما تكتبه هنا لا يُحفظ.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation>محافظة الأصل</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation>ربما أُجريت مقابلة مع هذا الشخص من قبل؛ اسأل منسّقك قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation>لم يُعثر عليه في الفهرس الصادر في %1. لا يضم الفهرس الجميع: قد يفوت التحققَ بعضُ الأشخاص.</translation>
    </message>
    <message>
        <source>Type at least the first name and the father&apos;s name.</source>
        <translation>اكتب الاسم الأول واسم الأب على الأقل.</translation>
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation>لا يوجد فهرس مقابلات سابقة على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard&apos;s buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation>لم تُسجَّل موافقة: لا يجوز أن يخرج أي شيء من هذه المقابلة.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>سحب الشاهد موافقته.</translation>
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation>الشهادة لم تُعتمد نهائياً بعد: لا تُرسَل إلا الشهادات المعتمدة.</translation>
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation>لم يوافق الشاهد على: %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>يُرسَل.</translation>
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation>لم تُسجَّل هوية.</translation>
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation>أحد المستلِمين ليس لديه مفتاح لهويات الشهود.</translation>
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation>الهوية مختومة لمفتاح آخر ولا يمكن إرسالها إلى غيره.</translation>
    </message>
    <message>
        <source>Photo of the witness&apos;s identity: it stays with the identity.</source>
        <translation>صورة بطاقة هوية الشاهد: تبقى مع الهوية.</translation>
    </message>
    <message>
        <source>Proof of consent may show the witness&apos;s name: sent only with consent to share the identity.</source>
        <translation>قد يُظهر إثبات الموافقة اسم الشاهد: لا يُرسَل إلا بموافقة على مشاركة الهوية.</translation>
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation>الملف غير موجود في هذه الخزنة.</translation>
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation>يُرسَل كما سُجّل: وافق الشاهد على مشاركة هويته.</translation>
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation>يُرسَل نسخةً منقّحة، دون أسماء أو أماكن أو تفاصيل أجهزة في بياناته الوصفية.</translation>
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation>لا يجوز إرسال إلا نسخة منقّحة، وتعذّر إنشاء نسخة منقّحة من هذا الملف.</translation>
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation>وافق الشاهد، لكن مفتاح هويات الشهود غير مفتوح: افتحه لتضمين الهوية.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation>لمن هذه الحزمة؟</translation>
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation>لا تظهر هنا إلا المفاتيح التي يثق بها هذا الجهاز. لا يستطيع فتح الحزمة إلا أصحابها، ولا أحد غيرهم.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلِمون</translation>
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient&apos;s key must support it)</source>
        <translation>الحماية من الحواسيب الكمومية المستقبلية (تشفير ما بعد الكم؛ يجب أن يدعمه مفتاح كل مستلِم)</translation>
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator&apos;s key file first (Vault &gt; Keys and contacts).</source>
        <translation>لا توجد مفاتيح موثوقة بعد. ثِق أولاً بملف مفتاح المنسّق (الخزنة &gt; المفاتيح وجهات الاتصال).</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation>أداة التسجيل</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>تسجيل المقابلة</translation>
    </message>
    <message>
        <source>Go to Consent</source>
        <translation>الانتقال إلى الموافقة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>إيقاف وحفظ</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>مدة التسجيل</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>ملاحظة العلامة</translation>
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation>ملاحظة لعلامة، مثلاً: يذكر مركز الاحتجاز</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>إضافة علامة</translation>
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation>علامات هذا التسجيل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness&apos;s consent first; the recorder switches on when they agree to be recorded.</source>
        <translation>التسجيل متوقف في هذه المقابلة: الموافقة السارية لا تشمل التسجيل الصوتي (أو لم تُسجَّل أي موافقة بعد). سجّل موافقة الشاهد أولاً؛ يعمل التسجيل حين يوافق على تسجيل صوته.</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>الميكروفون: %1</translation>
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation>(الميكروفون المختار في الإعدادات غير موصول؛ يُستخدم الافتراضي في النظام)</translation>
    </message>
    <message>
        <source>Marked moment</source>
        <translation>لحظة مُعلَّمة</translation>
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation>لا يصل أي صوت من الميكروفون. تأكّد من أنه موصول وغير مكتوم.</translation>
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation>حُفظ في الخزنة: %1 (%2). يظهر مع المرفقات.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>جارٍ البدء...</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>جارٍ التسجيل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>جارٍ الحفظ...</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation>تسجيلات استمارة الموافقة</translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation>يستمع الشهود الذين لا يستطيعون القراءة، أو يفضّلون الاستماع، إلى هذه التسجيلات في وضع الشاهد. سجّل كل جزء بكل لغة كما هو مكتوب، ببطء ووضوح.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation>إرفاق ملف صوتي...</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation>لا يوجد: يقرؤه صوت النظام إن وُجد</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>سجّله %2 في %1</translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation>تغيّرت الصياغة منذ ذلك الحين: سجّله من جديد</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation>جارٍ التسجيل: اقرأ هذا الجزء بصوت عالٍ كما هو مكتوب، ثم اضغط إيقاف.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>ملف صوتي</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation>ملفات صوتية (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جداً</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation>حُفظ التسجيل.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation>لا يوجد ميكروفون موصول: أرفق ملفاً صوتياً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation>أُزيل التسجيل.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation>استُعيد تسجيل</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>عرضه</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview&apos;s attachments.</source>
        <translation>استُعيد تسجيل منقطع مدته %1 للشاهد %2 حتى الثواني الأخيرة قبل إغلاق البرنامج. وهو محفوظ مع مرفقات تلك المقابلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews&apos; attachments:</source>
        <translation>
            <numerusform>تمت استعادة %n تسجيل منقطع حتى الثواني الأخيرة قبل إغلاق البرنامج، وهو محفوظ مع مرفقات مقابلته:</numerusform>
            <numerusform>تمت استعادة %n تسجيل منقطع حتى الثواني الأخيرة قبل إغلاق البرنامج، وهو محفوظ مع مرفقات مقابلته:</numerusform>
            <numerusform>تمت استعادة %n تسجيلين منقطعين حتى الثواني الأخيرة قبل إغلاق البرنامج، وهما محفوظان مع مرفقات مقابلاتهما:</numerusform>
            <numerusform>تمت استعادة %n تسجيلات منقطعة حتى الثواني الأخيرة قبل إغلاق البرنامج، وهي محفوظة مع مرفقات مقابلاتها:</numerusform>
            <numerusform>تمت استعادة %n تسجيلاً منقطعاً حتى الثواني الأخيرة قبل إغلاق البرنامج، وهي محفوظة مع مرفقات مقابلاتها:</numerusform>
            <numerusform>تمت استعادة %n تسجيل منقطع حتى الثواني الأخيرة قبل إغلاق البرنامج، وهي محفوظة مع مرفقات مقابلاتها:</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation>الشاهد %1: %2</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation>ماذا تتضمن الحزمة؟</translation>
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness&apos;s consent allows; the next step shows exactly what.</source>
        <translation>لا تُرسَل إلا الشهادات المعتمدة، وفي حدود ما تسمح به موافقة كل شاهد فقط؛ وتُظهر الخطوة التالية ذلك بالتفصيل.</translation>
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation>كل ما اعتُمد أو عُدّل منذ آخر حزمة</translation>
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation>كل ما لم يؤكّد المنسّق استلامه</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation>المقابلات التي أختارها فقط</translation>
    </message>
    <message>
        <source>Interviews to send</source>
        <translation>المقابلات المراد إرسالها</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation>ختم الحزمة</translation>
    </message>
    <message>
        <source>The file&apos;s name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation>اسم الملف وحجمه لا يكشفان شيئاً عمّن أو عمّا فيه. انقله كما تنقل أي ملف آخر.</translation>
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation>المجلد الذي تُكتب فيه الحزمة</translation>
    </message>
    <message>
        <source>Split into pieces</source>
        <translation>التقسيم إلى أجزاء</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>ملف واحد</translation>
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation>أجزاء حتى 4 غيغابايت (ذاكرات فلاش FAT32)</translation>
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation>أجزاء حتى 650 ميغابايت (أقراص CD)</translation>
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation>أجزاء حتى 100 ميغابايت (تطبيقات المراسلة)</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation>إلغاء الختم</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>تقدّم الختم</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation>خُتم: المقابلات %1، المستبعَد %2، تعديلات الموافقة %3؛ المجموع %4.
معرّف الحزمة: %5</translation>
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation>اختر مجلداً موجوداً (مثلاً ذاكرة فلاش).</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>جارٍ الختم...</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation>أيّ الشهادات</translation>
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation>اختر الشهادات كما في قائمة الأرشيف. تحدد الموافقة لاحقاً أيّها يجوز تسليمه.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
            <numerusform>عدد الشهادات المختارة: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>لاتينية (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>عربية مشرقية (%1)</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>أبداً (غير مستحسن)</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>القفل بعد عدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>لا تذكّرني أبداً</translation>
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation>ذكّرني بالنسخ الاحتياطي بعد أيام بلا نسخة احتياطية</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>إعداد...</translation>
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation>إعداد عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
    </message>
    <message>
        <source>Recipients chosen in advance when sending</source>
        <translation>المستلِمون المختارون مسبقاً عند الإرسال</translation>
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation>تتغير اللغة عند الضغط على «حسنًا».</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>الإرسال إلى</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>التذكير بالنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير معيَّنة</translation>
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation>معيَّنة: تفتح خزنة تمويهية</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without a backup</source>
        <translation>
            <numerusform>بعد %n يوم بلا نسخة احتياطية</numerusform>
            <numerusform>بعد %n يوم بلا نسخة احتياطية</numerusform>
            <numerusform>بعد %n يومين بلا نسخة احتياطية</numerusform>
            <numerusform>بعد %n أيام بلا نسخة احتياطية</numerusform>
            <numerusform>بعد %n يوماً بلا نسخة احتياطية</numerusform>
            <numerusform>بعد %n يوم بلا نسخة احتياطية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation>أجزاء الاسترداد</translation>
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation>إلى جانب مفتاح الاسترداد، يمكن فتح الخزنة بأجزاء مكتوبة على ورق: عدد معيّن منها معاً يفتحها، وأقل من ذلك لا يكشف شيئاً. أعطِ كل جزء لشخص موثوق مختلف، أو احفظها في أماكن مختلفة. إنشاء أجزاء جديدة يوقف عمل الأجزاء القديمة.</translation>
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation>عدد الأجزاء اللازمة لفتح الخزنة</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>عدد الأجزاء المراد إنشاؤها</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>إنشاء الأجزاء</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation>اكتب هذه الكلمات على ورقة، بالترتيب، مع أرقامها. تحقّق من كل واحدة. يجب ألا يرى الشاشةَ أحدٌ غيرك.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد كتبتها</translation>
    </message>
    <message>
        <source>The word from your paper</source>
        <translation>الكلمة من ورقتك</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation>هذه ليست الكلمة %1. يُعرض الجزء من جديد: قارن ورقتك به كلمةً كلمة.</translation>
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation>الجزء %1 من %2</translation>
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation>الجزء %1 من %2 مخفي الآن. اكتب من ورقتك الكلمة رقم %3.</translation>
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation>تم. أيّ %1 من الأجزاء الـ %2 تفتح الخزنة الآن؛ ولم تعد الأجزاء الأقدم تعمل. احفظ الأوراق بعيداً عن هذا الحاسوب وبعيداً بعضها عن بعض.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>في أي مكان من النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation>التسجيل (تبويب المرفقات)</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>قائمة المرفقات</translation>
    </message>
    <message>
        <source>Coordinator&apos;s archive</source>
        <translation>أرشيف المنسّق</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>مخطط التسلسل القيادي</translation>
    </message>
    <message>
        <source>Witness mode</source>
        <translation>وضع الشاهد</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>بدء مقابلة جديدة</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>الإرسال إلى المنسّق</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>الانتقال إلى حقل البحث</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>فتح دليل المستخدم</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation>إيقاف التسجيل مؤقتاً أو استئنافه</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>إضافة علامة</translation>
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation>إزالة المرفقات المختارة</translation>
    </message>
    <message>
        <source>Import packets</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Find in the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>عرض الأرشيف</translation>
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation>عرض مرتكبي الانتهاكات</translation>
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation>عرض التسلسل القيادي</translation>
    </message>
    <message>
        <source>Show the devices</source>
        <translation>عرض الأجهزة</translation>
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation>عرض الشهود المكرَّرين</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>عرض الإحصاءات</translation>
    </message>
    <message>
        <source>Show the case export</source>
        <translation>عرض تصدير ملف القضية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>عرض المخطط كاملًا</translation>
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation>الإعادة إلى مُجري المقابلة (يطلب عبارة المرور)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation>حفظ كل الجداول بصيغة CSV...</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>الأشخاص المذكورون</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>أنواع الانتهاكات</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>نوع الانتهاك</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>الحوادث حسب الشهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation>المرتكبون المزعومون حسب الانتماء</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation>المرتكبون المزعومون حسب الوحدة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Victims by gender</source>
        <translation>الضحايا حسب الجنس</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>الضحايا حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>spans more than one year</source>
        <translation>يمتد لأكثر من سنة</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>جارٍ العدّ...</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>في الجدول %n صف آخر.</numerusform>
            <numerusform>في الجدول %n صف آخر.</numerusform>
            <numerusform>في الجدول %n صفان آخران.</numerusform>
            <numerusform>في الجدول %n صفوف أخرى.</numerusform>
            <numerusform>في الجدول %n صفًا آخر.</numerusform>
            <numerusform>في الجدول %n صف آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>حُفظ %n جدول في %1.</numerusform>
            <numerusform>حُفظ %n جدول في %1.</numerusform>
            <numerusform>حُفظ %n جدولان في %1.</numerusform>
            <numerusform>حُفظت %n جداول في %1.</numerusform>
            <numerusform>حُفظ %n جدولًا في %1.</numerusform>
            <numerusform>حُفظ %n جدول في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation>الأعمدة الأفتح: تواريخ لا تُعرف إلا سنتها، أو تمتد لسنوات، أو مفقودة؛ وقيم غير مسجّلة.</translation>
    </message>
    <message>
        <source>Save the tables in</source>
        <translation>حفظ الجداول في</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation>حفظ المخطط بصيغة PNG...</translation>
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation>حفظ المخطط بصيغة SVG...</translation>
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation>حفظ الجدول بصيغة CSV...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>ضعيفة: يسهل تخمينها.</translation>
    </message>
    <message>
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation>مقبولة، لكنها غير كافية: قد يخمّنها مهاجم مصمّم.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>إنها قصيرة جداً.</translation>
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation>إنها كلمة مرور شائعة الاستخدام، أو تحتوي على واحدة.</translation>
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation>إنها مبنية على كلمة شائعة؛ والكلمة الشائعة وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation>تحتوي على اسم شائع.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s.</source>
        <translation>تحتوي على اسمك أو اسم منظمتك.</translation>
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation>تتتابع فيها أزرار متجاورة على لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>تكرّر أحرفاً أو كلمات.</translation>
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation>تحتوي على تسلسل بسيط مثل abc أو 1234.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>تحتوي على تاريخ أو سنة.</translation>
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation>أربع كلمات أو أكثر لا رابط بينها وتستطيع تذكّرها تصنع عبارة مرور قوية.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation>إضافة تصحيح (إصدار جديد)</translation>
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation>سرد الشهادة</translation>
    </message>
    <message>
        <source>The witness&apos;s account, in their words.</source>
        <translation>رواية الشاهد بكلماته.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>الإصدارات والسجل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation>الإصدار %1، اعتُمد نهائياً في %2. لم يعد من الممكن تغييره. البصمة (SHA-256): %3</translation>
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation>مسودة الإصدار %1، تصحيحاً للإصدار %2.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>الوثوق بمفتاح</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation>اطلب من صاحب المفتاح أن يقرأ لك بصمته أو يعرضها عليك، وجهاً لوجه أو عبر وسيلة تثق بها، واكتبها هنا. لا يُعتبَر المفتاح موثوقاً إلا إذا تطابقت البصمتان.</translation>
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation>البصمة كما أعطاها صاحبها</translation>
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation>لمن يعود هذا المفتاح</translation>
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation>منظمتنا (المنسّق)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>وثوق</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>يعود إلى</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Testimony Recorder</source>
        <translation>مسجّل الشهادات</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <source>This is the demo vault, with fictional data only. Its passphrase is: %1</source>
        <translation>هذه خزنة العرض التجريبي، وفيها بيانات خيالية فقط. عبارة المرور الخاصة بها هي: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>استخدام مفتاح الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Use recovery shares instead</source>
        <translation>استخدام أجزاء الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>فتح الخزنة وتعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>العودة إلى عبارة المرور</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>أجزاء الاسترداد</translation>
    </message>
    <message>
        <source>Type each share&apos;s words, with an empty line between shares</source>
        <translation>اكتب كلمات كل جزء، مع سطر فارغ بين الأجزاء</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>جارٍ فتح الخزنة</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation>اختر عبارة مرور جديدة يصعب تخمينها أكثر: انظر النصائح تحتها.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>جارٍ التسجيل...</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>إعادة التسجيل</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>تمّ التسجيل.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation>أنواع الانتهاكات (ضع علامة على كل ما ينطبق)</translation>
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation>إضافة نوع انتهاك...</translation>
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation>إضافة نوع انتهاك غير موجود في القائمة</translation>
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>تسجيل سحب الموافقة</translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation>يسحب الشاهد موافقته. اختر ما سحبه؛ وكل ما يعتمد عليه يُسحب معه.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation>هذه الاستخدامات فقط:</translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation>إرفاق صورة أو تسجيل (اختياري)...</translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation>كيف عبّر الشاهد عن ذلك</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation>حدّد استخداماً واحداً على الأقل، أو اختر «كل شيء».</translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation>صورة أو تسجيل لسحب الموافقة</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جداً</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>WitnessSection</name>
    <message>
        <source>The witness is known everywhere by this code, never by name.</source>
        <translation>يُعرَف الشاهد في كل مكان بهذا الرمز، ولا يُذكر اسمه أبداً.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation>منطقة الأصل (المحافظة)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم الرمزي</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>منطقة الأصل</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation>وضع الشاهد</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation>الخروج من وضع الشاهد (يتطلب عبارة مرور الخزنة)</translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation>لا يوجد تسجيل لهذا الجزء بهذه اللغة، ولا يوجد على هذا الحاسوب صوت يتحدث بها. اقرأه أنت على الشاهد.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>بدء مقابلة جديدة</translation>
    </message>
    <message>
        <source>Choose an interview from the list, or start a new one.</source>
        <translation>اختر مقابلة من القائمة، أو ابدأ مقابلة جديدة.</translation>
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation>المتابعة من حيث توقفت؟</translation>
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation>توقف مسجّل الشهادات بينما كانت مقابلة الشاهد %1 مفتوحة. حُفظ كل ما كُتب حتى ثوانٍ قليلة قبل التوقف. هل تريد فتحها الآن؟</translation>
    </message>
</context>
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
</TS>

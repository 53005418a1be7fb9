<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
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
        <source>Role in an incident removed</source>
        <translation>حذف دور في حادثة</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>إضافة صلة في التسلسل القيادي</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>حذف صلة في التسلسل القيادي</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>إضافة مرفق</translation>
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
        <source>Consent recorded</source>
        <translation>تسجيل الموافقة</translation>
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
        <translation>سحب الموافقة</translation>
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
    <name>IdentityBox</name>
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
        <source>Kept apart from the testimony and never searched. Revealing it is recorded in the custody log.</source>
        <translation>تُحفظ منفصلة عن الشهادة ولا يشملها البحث أبداً. يُسجَّل كل إظهار لها في سجل الحيازة.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>لم تُسجَّل هوية. لا تسجّلها إلا إذا وافق الشاهد، واكتفِ بما هو ضروري.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <extracomment>An interview was loaded and shown (sections added from outside listen to this).</extracomment>
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
    <message>
        <source>Finalize the testimony?</source>
        <translation>اعتماد الشهادة نهائياً؟</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.

Finalize it now?</source>
        <translation>الاعتماد النهائي يجمّد هذه الشهادة بوصفها دليلاً: لا يستطيع أحد تغييرها بعد ذلك، وتُكتب بصمتها (تجزئة SHA-256) في سجل الحيازة. أي تصحيح لاحق يصبح إصداراً جديداً مرتبطاً بهذا الإصدار.

هل تريد اعتمادها نهائياً الآن؟</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <extracomment>The person chose another interface language (the app rebuilds its windows).</extracomment>
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
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>هذه الخزنة مفتوحة حالياً في نافذة أخرى من مسجّل الشهادات أو في أمر آخر. أغلقها هناك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
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
        <source>The disk is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>القرص ممتلئ. لم تُحفظ هذه الخطوة؛ أفرغ بعض المساحة وحاول مرة أخرى. كل ما حُفظ قبل ذلك في أمان.</translation>
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
        <source>Some of this information is not valid: %1</source>
        <translation>بعض هذه المعلومات غير صالحة: %1</translation>
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
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>حدث خطأ (%1). لم يُحتفَظ بأي شيء منجَز جزئياً. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>مسجّل الشهادات</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
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
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
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
        <source>Fair: a determined attacker could guess it.</source>
        <translation>مقبولة: قد يخمّنها مهاجم مصمّم.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>Use at least 8 characters; longer is much better.</source>
        <translation>استخدم 8 أحرف على الأقل، وكلما كانت أطول كان ذلك أفضل بكثير.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple runs like 1234.</source>
        <translation>تجنّب تكرار الأحرف والتسلسلات البسيطة مثل 1234.</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>عدة كلمات لا رابط بينها وتستطيع تذكّرها تصنع عبارة مرور قوية.</translation>
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
        <source>Choose a new passphrase of at least 8 characters.</source>
        <translation>اختر عبارة مرور جديدة من 8 أحرف على الأقل.</translation>
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
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
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
        <translation type="unfinished">مُجري المقابلة</translation>
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
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>بدء مقابلة جديدة</translation>
    </message>
    <message>
        <source>Choose an interview on the left, or start a new one.</source>
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
</TS>

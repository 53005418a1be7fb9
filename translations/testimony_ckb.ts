<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ckb" sourcelanguage="en">
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
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs the recorder, which is not available on this device yet.</source>
        <extracomment>A Signature (drawn) or FileArtefact (scan), or None when cleared.</extracomment>
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
    <name>Custody</name>
    <message>
        <source>Interview created</source>
        <translation>چاوپێکەوتن دروستکرا</translation>
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
        <source>Interview details changed</source>
        <translation>وردەکارییەکانی چاوپێکەوتن گۆڕدران</translation>
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
        <source>Role in an incident removed</source>
        <translation>ڕۆڵێک لە ڕووداوێکدا لابرا</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>پەیوەندیی فەرماندەیی زیادکرا</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>پەیوەندیی فەرماندەیی لابرا</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>پاشکۆ زیادکرا</translation>
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
        <source>Consent recorded</source>
        <translation>ڕەزامەندی تۆمارکرا</translation>
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
        <translation>ڕەزامەندی وەرگیرایەوە</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation type="unfinished" />
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
    <name>IdentityBox</name>
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
        <source>Kept apart from the testimony and never searched. Revealing it is recorded in the custody log.</source>
        <translation>جیا لە شایەتییەکە هەڵدەگیرێت و هەرگیز گەڕانی تێدا ناکرێت. هەر پیشاندانێکی لە تۆماری چاودێریدا تۆمار دەکرێت.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>هیچ ناسنامەیەک تۆمار نەکراوە. تەنها ئەگەر شایەتەکە ڕازی بوو تۆماری بکە، و تەنها ئەوەندەی پێویستە.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <extracomment>An interview was loaded and shown (sections added from outside listen to this).</extracomment>
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
    <message>
        <source>Finalize the testimony?</source>
        <translation>شایەتییەکە یەکلا بکرێتەوە؟</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.

Finalize it now?</source>
        <translation>یەکلاکردنەوە ئەم شایەتییە وەک بەڵگە دەچەسپێنێت: دواتر کەس ناتوانێت بیگۆڕێت، و پەنجەمۆرەکەی (هاشی SHA-256) لە تۆماری چاودێریدا دەنووسرێت. ڕاستکردنەوەکانی دواتر دەبنە وەشانی نوێ کە بەم وەشانەوە بەستراون.

ئێستا یەکلای دەکەیتەوە؟</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Recorder</source>
        <extracomment>The person chose another interface language (the app rebuilds its windows).</extracomment>
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
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>ئەم قاسەیە لە پەنجەرەیەکی تری تۆمارکەری شایەتی یان لە فەرمانێکدا کراوەتەوە. لەوێ دایبخە، پاشان دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>هیچ قاسەیەک لە %1 نییە.</translation>
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
        <source>The disk is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>دیسکەکە پڕە. ئەم هەنگاوە پاشەکەوت نەکرا؛ هەندێک شوێن چۆڵ بکە و دووبارە هەوڵ بدەوە. هەرچی پێشتر پاشەکەوتکراوە سەلامەتە.</translation>
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
        <source>Some of this information is not valid: %1</source>
        <translation>هەندێک لەم زانیارییانە دروست نین: %1</translation>
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
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>هەڵەیەک ڕوویدا (%1). هیچ شتێکی نیوەچڵ هەڵنەگیرا. تکایە ئەم کێشەیە ڕاپۆرت بکە.</translation>
    </message>
    <message>
        <source>Testimony Recorder</source>
        <translation>تۆمارکەری شایەتی</translation>
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
        <source>Record...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording here needs the recorder, which is not available on this device yet. Attach a file instead.</source>
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
        <source>Recording removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <source> min</source>
        <translation> خولەک</translation>
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
        <source>Microphone</source>
        <translation>مایکرۆفۆن</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>بنەڕەتی سیستەم</translation>
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
        <source>Fair: a determined attacker could guess it.</source>
        <translation>مامناوەند: هێرشبەرێکی سوور دەتوانێت مەزەندەی بکات.</translation>
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
        <source>Use at least 8 characters; longer is much better.</source>
        <translation>لانیکەم 8 هێما بەکاربهێنە؛ درێژتر زۆر باشترە.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple runs like 1234.</source>
        <translation>خۆت لە هێمای دووبارە و زنجیرەی سادەی وەک 1234 بپارێزە.</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>چەند وشەیەکی نەبەستراو بە یەکەوە کە لەبیرت بمێنن دەستەواژەیەکی نهێنیی بەهێز پێکدەهێنن.</translation>
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
        <source>Choose a new passphrase of at least 8 characters.</source>
        <translation>دەستەواژەیەکی نهێنیی نوێ هەڵبژێرە کە لانیکەم 8 هێما بێت.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <extracomment>Long enough to say a few sentences; the recorder stops by itself after it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording failed. Record again, or choose another way.</source>
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
    <message>
        <source>Not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <extracomment>Confirmation methods offered until the recorder can capture a spoken consent.</extracomment>
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
        <source>Consent</source>
        <translation type="unfinished" />
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
        <source>Choose an interview on the left, or start a new one.</source>
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
</TS>
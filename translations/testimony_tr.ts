<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
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
        <translation type="unfinished">Ne</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Dil</translation>
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
        <translation>Görüşme oluşturuldu</translation>
    </message>
    <message>
        <source>Interview added from a file</source>
        <translation>Görüşme bir dosyadan eklendi</translation>
    </message>
    <message>
        <source>Interview imported from a packet</source>
        <translation>Görüşme bir paketten içe aktarıldı</translation>
    </message>
    <message>
        <source>Interview details changed</source>
        <translation>Görüşme bilgileri değiştirildi</translation>
    </message>
    <message>
        <source>Testimony started</source>
        <translation>Tanıklık başlatıldı</translation>
    </message>
    <message>
        <source>Testimony saved</source>
        <translation>Tanıklık kaydedildi</translation>
    </message>
    <message>
        <source>Testimony finalized</source>
        <translation>Tanıklık kesinleştirildi</translation>
    </message>
    <message>
        <source>Correction started (new version)</source>
        <translation>Düzeltme başlatıldı (yeni sürüm)</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Olay eklendi</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Olay değiştirildi</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Olay kaldırıldı</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Kişi eklendi</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Kişi bilgileri değiştirildi</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Kişi kaldırıldı</translation>
    </message>
    <message>
        <source>Role in an incident added</source>
        <translation>Bir olaydaki rol eklendi</translation>
    </message>
    <message>
        <source>Role in an incident removed</source>
        <translation>Bir olaydaki rol kaldırıldı</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>Komuta bağlantısı eklendi</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Komuta bağlantısı kaldırıldı</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Ek dosya eklendi</translation>
    </message>
    <message>
        <source>Redacted copy made</source>
        <translation>Karartılmış kopya oluşturuldu</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Ek dosya silindi</translation>
    </message>
    <message>
        <source>Attachment exported</source>
        <translation>Ek dosya dışa aktarıldı</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Ses kaydı başlatıldı</translation>
    </message>
    <message>
        <source>Recording saved</source>
        <translation>Ses kaydı saklandı</translation>
    </message>
    <message>
        <source>Interrupted recording recovered</source>
        <translation>Yarıda kalan ses kaydı kurtarıldı</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Onam kaydedildi</translation>
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
        <translation>Onam geri çekildi</translation>
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
        <translation>Her değişiklik burada kaydedilir ve parmak iziyle bir öncekine zincirlenir; böylece sonradan yapılan bir değişiklik fark edilebilir.</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Gözetim zinciri kaydı</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>İçerik parmak izi</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Görüşmenin yapıldığı yer</translation>
    </message>
    <message>
        <source>Languages (codes, comma separated)</source>
        <translation>Diller (kodlar, virgülle ayrılmış)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Hazır bulunan diğer kişiler</translation>
    </message>
    <message>
        <source>Referral to support services offered</source>
        <translation>Destek hizmetlerine yönlendirme önerildi</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>Yönlendirme notları</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>Takip sözü verildi</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Takip notları</translation>
    </message>
    <message>
        <source>Conditions of the interview</source>
        <translation>Görüşme koşulları</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Koşullar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belirtilmedi</translation>
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
        <translation>Testimony Recorder uygulamasına hoş geldiniz</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Only your passphrase, or the recovery key you will write down, can open it. The app never connects to the internet.</source>
        <translation>Kaydettiğiniz her şey bu bilgisayardaki şifreli bir kasada tutulur. Kasayı yalnızca parolanız ya da not edeceğiniz kurtarma anahtarı açabilir. Uygulama hiçbir zaman internete bağlanmaz.</translation>
    </message>
    <message>
        <source>Your name or interviewer code</source>
        <translation>Adınız veya görüşmeci kodunuz</translation>
    </message>
    <message>
        <source>for example: Interviewer 7</source>
        <translation>örneğin: Görüşmeci 7</translation>
    </message>
    <message>
        <source>It is written in the custody log with everything you record. A code is safer than your real name.</source>
        <translation>Kaydettiğiniz her şeyle birlikte gözetim zinciri kaydına yazılır. Kod kullanmak, gerçek adınızı kullanmaktan daha güvenlidir.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Your name or code</source>
        <translation>Adınız veya kodunuz</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Bir parola seçin</translation>
    </message>
    <message>
        <source>You will type it every time you open the vault. Make it long and something only you know. If the laptop is taken, this passphrase is what protects the people who trusted you.</source>
        <translation>Kasayı her açtığınızda bu parolayı yazacaksınız. Uzun olsun ve yalnızca sizin bildiğiniz bir şey olsun. Bilgisayar elinizden alınırsa size güvenen insanları koruyan şey bu paroladır.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Parola (tekrar)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Kasayı oluştur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>İki parola birbirinden farklı.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds: the app measures this computer to make the passphrase as hard to attack as it can.</source>
        <translation>Kasa oluşturuluyor. Bu birkaç saniye sürer: uygulama, parolayı saldırılara karşı olabildiğince dayanıklı kılmak için bu bilgisayarın gücünü ölçüyor.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Kasa oluşturuluyor</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Kurtarma anahtarınızı not edin</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this laptop: anyone who has it can open the vault. It will not be shown again.</source>
        <translation>Parolayı unutursanız kasaya yeniden girmenin tek yolu bu anahtardır. Şimdi bir kâğıda yazın ve kâğıdı bu bilgisayardan uzakta, güvenli bir yerde saklayın: bu kâğıdı eline geçiren herkes kasayı açabilir. Anahtar bir daha gösterilmeyecek.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>I have written the key on paper</source>
        <translation>Anahtarı kâğıda yazdım</translation>
    </message>
    <message>
        <source>The last group of the recovery key</source>
        <translation>Kurtarma anahtarının son grubu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>To check, type its last four characters</source>
        <translation>Doğrulamak için son dört karakterini yazın</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and history</source>
        <translation>Sürümler ve geçmiş</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Kaydedilen sürümler</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Seçili sürümün metni</translation>
    </message>
    <message>
        <source>finalized %1</source>
        <translation>kesinleştirildi: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Sürüm %1 (%2)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Protected identity</source>
        <translation>Korunan kimlik</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>Kimliği göster</translation>
    </message>
    <message>
        <source>Shows the witness&apos;s name and contact details; this is recorded in the custody log</source>
        <translation>Tanığın adını ve iletişim bilgilerini gösterir; bu işlem gözetim zinciri kaydına yazılır</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Other names, comma separated</source>
        <translation>Diğer adlar, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Kimliği kaydet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Kept apart from the testimony and never searched. Revealing it is recorded in the custody log.</source>
        <translation>Tanıklıktan ayrı tutulur ve aramalara hiçbir zaman dahil edilmez. Kimliğin her gösterilişi gözetim zinciri kaydına yazılır.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Kayıtlı kimlik yok. Kimliği yalnızca tanık kabul ettiyse ve yalnızca gerektiği kadarıyla kaydedin.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <extracomment>An interview was loaded and shown (sections added from outside listen to this).</extracomment>
        <translation>Tanıklığı kesinleştir...</translation>
    </message>
    <message>
        <source>Interview sections</source>
        <translation>Görüşme bölümleri</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Tanıklık</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Gözetim zinciri</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Tanık %1</translation>
    </message>
    <message>
        <source>Interview of %1, no testimony yet</source>
        <translation>Görüşme (%1), henüz tanıklık yok</translation>
    </message>
    <message>
        <source>Interview of %1, testimony finalized</source>
        <translation>Görüşme (%1), tanıklık kesinleştirildi</translation>
    </message>
    <message>
        <source>Interview of %1, testimony in draft</source>
        <translation>Görüşme (%1), tanıklık taslak hâlinde</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>tarih bilinmiyor</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>Tanıklık kesinleştirilsin mi?</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.

Finalize it now?</source>
        <translation>Kesinleştirme, bu tanıklığı delil olarak dondurur: bundan sonra kimse onu değiştiremez ve parmak izi (bir SHA-256 özeti) gözetim zinciri kaydına yazılır. Sonraki düzeltmeler, buna bağlı yeni sürümler olur.

Şimdi kesinleştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Kesinleşti</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadı</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (sürüm %2)</translation>
    </message>
</context>
<context>
    <name>InterviewListPanel</name>
    <message>
        <source>Search testimonies, incidents, places, perpetrators</source>
        <translation>Tanıklık, olay, yer ve faillerde ara</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Duruma göre filtrele</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Taslaklar</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Kesinleşenler</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmayanlar</translation>
    </message>
    <message>
        <source>Filter by violation</source>
        <translation>İhlale göre filtrele</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Tüm ihlaller</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Görüşmeler</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n görüşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) found</source>
        <translation>
            <numerusform>%n görüşme bulundu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
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
        <translation>%1 - DEMO, kurgusal veriler</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kasa</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Yeni görüşme</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Ayarlar...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ki&amp;litle</translation>
    </message>
    <message>
        <source>&amp;Panic wipe...</source>
        <translation>A&amp;cil silme...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Acil silme</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s keys at once. Nothing in it can ever be opened again, not with the passphrase and not with the recovery key. Material already delivered to the coordinator is safe with them.

Vault: %1</source>
        <translation>Bu işlem kasanın anahtarlarını anında yok eder. Kasadaki hiçbir şey, ne parolayla ne de kurtarma anahtarıyla, bir daha asla açılamaz. Koordinatöre daha önce teslim edilmiş materyal onların elinde güvendedir.

Kasa: %1</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Şimdi sil</translation>
    </message>
    <message>
        <source>The vault was wiped. The app will now close.</source>
        <translation>Kasa silindi. Uygulama şimdi kapanacak.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard language and Caps Lock, then try again. Nothing was changed.</source>
        <translation>Bu parola bu kasayı açmıyor. Klavye dilini ve Caps Lock tuşunu kontrol edip yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>Bu kurtarma anahtarı bu kasayı açmıyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>Bu kasa başka bir Testimony Recorder penceresinde veya komutunda zaten açık. Orada kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>%1 konumunda kasa yok.</translation>
    </message>
    <message>
        <source>The key file of this vault is gone: the vault was wiped, or the file was deleted. Without it the vault cannot be opened. Restore the key file from a backup if you have one.</source>
        <translation>Bu kasanın anahtar dosyası yok: ya kasa silindi ya da dosya silindi. Bu dosya olmadan kasa açılamaz. Yedeğiniz varsa anahtar dosyasını yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Restore it from a backup. The vault itself was not changed.</source>
        <translation>%1 anahtar dosyası bozuk. Dosyayı yedekten geri yükleyin. Kasanın kendisi değiştirilmedi.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is damaged or unreadable. Restore it from a backup; nothing was changed.</source>
        <translation>Kasanın veritabanı %1 bozuk ya da okunamıyor. Yedekten geri yükleyin; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Testimony Recorder. Update the app; the vault was not changed.</source>
        <translation>Bu kasa, Testimony Recorder&apos;ın daha yeni bir sürümüyle yazılmış. Uygulamayı güncelleyin; kasa değiştirilmedi.</translation>
    </message>
    <message>
        <source>Upgrading the vault failed, so it was left exactly as it was. Please report this problem.</source>
        <translation>Kasanın yükseltilmesi başarısız oldu; bu yüzden kasa olduğu gibi bırakıldı. Lütfen bu sorunu bildirin.</translation>
    </message>
    <message>
        <source>The disk is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>Disk dolu. Bu adım kaydedilmedi; biraz yer açıp yeniden deneyin. Daha önce kaydedilen her şey güvende.</translation>
    </message>
    <message>
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>Bu tanıklık kesinleştirildi ve değiştirilemez. Bunun yerine bir düzeltme ekleyin: düzeltme yeni bir sürüm olur.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>Bu öğe artık yok; kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>Some of this information is not valid: %1</source>
        <translation>Bu bilgilerin bir kısmı geçerli değil: %1</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Kasa kilitli. Devam etmek için kilidini açın.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-done was kept.</source>
        <translation>İptal edildi. Yarım kalan hiçbir şey saklanmadı.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>Bir sorun oluştu (%1). Yarım kalan hiçbir şey saklanmadı. Lütfen bu sorunu bildirin.</translation>
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
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Parolayı göster</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
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
        <translation>Tanıklık</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Bulunduğu yer</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Alıntı</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Hiçbir zaman (önerilmez)</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Kaç dakika kullanılmayınca kilitlensin</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>The language changes when you press OK.</source>
        <translation>Dil, Tamam&apos;a bastığınızda değişir.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Otomatik kilit</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Parola gücü</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>Zayıf: kolayca tahmin edilir.</translation>
    </message>
    <message>
        <source>Fair: a determined attacker could guess it.</source>
        <translation>Orta: kararlı bir saldırgan tahmin edebilir.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>İyi.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Güçlü.</translation>
    </message>
    <message>
        <source>Use at least 8 characters; longer is much better.</source>
        <translation>En az 8 karakter kullanın; daha uzunu çok daha iyidir.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple runs like 1234.</source>
        <translation>Tekrarlanan karakterlerden ve 1234 gibi basit dizilerden kaçının.</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>Birbiriyle ilgisiz, aklınızda tutabileceğiniz birkaç sözcük güçlü bir parola oluşturur.</translation>
    </message>
</context>
<context>
    <name>TestimonySection</name>
    <message>
        <source>Add a correction (new version)</source>
        <translation>Düzeltme ekle (yeni sürüm)</translation>
    </message>
    <message>
        <source>Testimony narrative</source>
        <translation>Tanıklık anlatımı</translation>
    </message>
    <message>
        <source>The witness&apos;s account, in their words.</source>
        <translation>Tanığın anlatımı, kendi sözleriyle.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiketler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>Sürümler ve geçmiş</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): %3</source>
        <translation>Sürüm %1, %2 tarihinde kesinleştirildi. Artık değiştirilemez. Parmak izi (SHA-256): %3</translation>
    </message>
    <message>
        <source>Draft of version %1, correcting version %2.</source>
        <translation>Sürüm %1 taslağı (sürüm %2 için düzeltme).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n sözcük</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
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
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Bunun yerine kurtarma anahtarını kullan</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Yeni parola (tekrar)</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Kilidi aç ve yeni parolayı belirle</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Parolaya geri dön</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Kilit açılıyor</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Kasanın parolasını yazın.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>İki yeni parola birbirinden farklı.</translation>
    </message>
    <message>
        <source>Choose a new passphrase of at least 8 characters.</source>
        <translation>En az 8 karakterlik yeni bir parola seçin.</translation>
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
        <translation>Tanık her yerde adıyla değil, yalnızca bu kodla anılır.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Yaş aralığı</translation>
    </message>
    <message>
        <source>Area of origin (governorate)</source>
        <translation>Geldiği bölge (il)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Geldiği bölge</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Kaydedilmemiş</translation>
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
        <translation type="unfinished">Görüşmeci</translation>
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
        <translation>Yeni görüşme</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Yeni bir görüşme başlat</translation>
    </message>
    <message>
        <source>Choose an interview on the left, or start a new one.</source>
        <translation>Soldaki listeden bir görüşme seçin ya da yeni bir görüşme başlatın.</translation>
    </message>
    <message>
        <source>Continue where you were?</source>
        <translation>Kaldığınız yerden devam edilsin mi?</translation>
    </message>
    <message>
        <source>Testimony Recorder stopped while the interview with witness %1 was open. Everything typed until a few seconds before was saved. Open it now?</source>
        <translation>Tanık %1 ile yapılan görüşme açıkken Testimony Recorder beklenmedik şekilde kapandı. Birkaç saniye öncesine kadar yazılan her şey kaydedildi. Görüşme şimdi açılsın mı?</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Testimony Recorder</source>
        <translation>Testimony Recorder hakkında</translation>
    </message>
    <message>
        <source>Testimony Recorder, version %1</source>
        <translation>Testimony Recorder, sürüm %1</translation>
    </message>
    <message>
        <source>An offline app for recording testimony: everything stays in an encrypted vault on this computer, and the app never connects to the internet. What it protects against, and how:</source>
        <translation>Tanıklık kaydetmek için çevrimdışı bir uygulama: her şey bu bilgisayardaki şifreli bir kasada kalır ve uygulama hiçbir zaman internete bağlanmaz. Neye karşı ve nasıl koruduğu:</translation>
    </message>
    <message>
        <source>Security notes</source>
        <translation>Güvenlik notları</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Olay tarihleri</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>İçe aktarılan</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(geri çekildi)</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>bu kasa</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Search every testimony (Ctrl+F)</source>
        <translation>Tüm tanıklıklarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Arşivde ara</translation>
    </message>
    <message>
        <source>Testimonies in the archive</source>
        <translation>Arşivdeki tanıklıklar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n tanıklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies match</source>
        <translation>
            <numerusform>%n tanıklık eşleşiyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWorkspace</name>
    <message>
        <source>Archive</source>
        <extracomment>Page keys, their names, and the name of the shortcut that shows each (ui/shortcuts.py).</extracomment>
        <translation>Arşiv</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Failler</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Komuta zinciri</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>Duplicate witnesses</source>
        <translation>Mükerrer tanıklar</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Case export</source>
        <translation>Dosya dışa aktarımı</translation>
    </message>
    <message>
        <source>Coordinator pages</source>
        <translation>Koordinatör sayfaları</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>&amp;Import packets...</source>
        <translation>&amp;Paketleri içe aktar...</translation>
    </message>
    <message>
        <source>&amp;Find in the archive</source>
        <translation>Arşivde &amp;bul</translation>
    </message>
</context>
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 parmak izi</translation>
    </message>
    <message>
        <source>Metadata in the file</source>
        <translation>Dosyadaki meta veriler</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>May identify</source>
        <translation>Kimliği belli edebilir</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose an attachment to see its details.</source>
        <translation>Ayrıntılarını görmek için bir ek dosya seçin.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachments of this interview</source>
        <translation>Bu görüşmenin ek dosyaları</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>May identify someone</source>
        <translation>Birinin kimliğini belli edebilir</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Karartılmış kopya</translation>
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
        <translation>Ses</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>location</source>
        <extracomment>Short names, for the table (&quot;location, a name&quot;).</extracomment>
        <translation>konum</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>bir ad</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>cihaz bilgileri</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>yorumlar</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>telefon veya e-posta</translation>
    </message>
    <message>
        <source>an embedded picture</source>
        <translation>gömülü bir resim</translation>
    </message>
    <message>
        <source>hidden metadata</source>
        <translation>gizli meta veriler</translation>
    </message>
    <message>
        <source>It records a place (coordinates or a location name); shared copies have it removed.</source>
        <extracomment>One sentence per reason: what is there and what happens to it in shared copies.</extracomment>
        <translation>Bir yer kaydediyor (koordinatlar ya da bir konum adı); paylaşılan kopyalarda bu kaldırılır.</translation>
    </message>
    <message>
        <source>It names a person (artist, author or owner); shared copies have the name removed.</source>
        <translation>Bir kişinin adını içeriyor (sanatçı, yazar ya da sahip); paylaşılan kopyalarda ad kaldırılır.</translation>
    </message>
    <message>
        <source>It identifies the device that made it (make, model or serial number); shared copies have this removed.</source>
        <translation>Onu oluşturan cihazı tanımlıyor (marka, model ya da seri numarası); paylaşılan kopyalarda bu kaldırılır.</translation>
    </message>
    <message>
        <source>It holds comments or descriptions; shared copies have them removed.</source>
        <translation>Yorumlar ya da açıklamalar içeriyor; paylaşılan kopyalarda bunlar kaldırılır.</translation>
    </message>
    <message>
        <source>It holds a phone number or an e-mail address; shared copies have it removed.</source>
        <translation>Bir telefon numarası ya da e-posta adresi içeriyor; paylaşılan kopyalarda bu kaldırılır.</translation>
    </message>
    <message>
        <source>It carries an embedded picture (such as cover art); shared copies have it removed.</source>
        <translation>Gömülü bir resim (örneğin kapak resmi) taşıyor; paylaşılan kopyalarda bu kaldırılır.</translation>
    </message>
    <message>
        <source>It carries metadata blocks that cannot be read through; shared copies have them removed, or cannot be made.</source>
        <translation>İçi okunamayan meta veri blokları taşıyor; paylaşılan kopyalarda bunlar kaldırılır ya da kopya oluşturulamaz.</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>Karartılmış kopya</translation>
    </message>
    <message>
        <source>This is a redacted copy: the metadata that may identify someone was removed, the sound or picture itself is unchanged. This is the copy to share.</source>
        <translation>Bu bir karartılmış kopyadır: birinin kimliğini belli edebilecek meta veriler kaldırıldı; sesin ya da görüntünün kendisi değişmedi. Paylaşılacak kopya budur.</translation>
    </message>
    <message>
        <source>Nothing in this file&apos;s metadata looks identifying.</source>
        <translation>Bu dosyanın meta verilerinde kimlik belli eden bir şey görünmüyor.</translation>
    </message>
    <message>
        <source>This photo contains GPS coordinates (where it was taken); shared copies have them removed.</source>
        <translation>Bu fotoğraf GPS koordinatları (çekildiği yer) içeriyor; paylaşılan kopyalarda bunlar kaldırılır.</translation>
    </message>
    <message>
        <source>The original stays exactly as it was received, as evidence.</source>
        <translation>Orijinal, delil olarak, alındığı hâliyle aynen kalır.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <source>Not made yet</source>
        <translation>Henüz oluşturulmadı</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Gerekmiyor</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Ek dosya yok.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app.</source>
        <translation>Bu tür bir dosya uygulamanın içinde gösterilemez.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Add files...</source>
        <translation>Dosya ekle...</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>Ya da dosyaları bu sekmeye bırakın</translation>
    </message>
    <message>
        <source>Make redacted copy</source>
        <translation>Karartılmış kopya oluştur</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Dışa aktar...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Sil...</translation>
    </message>
    <message>
        <source>No attachments yet. Add files, drop them here, or record the interview. Files are encrypted as they are added.</source>
        <translation>Henüz ek dosya yok. Dosya ekleyin, buraya bırakın ya da görüşmeyi kaydedin. Dosyalar eklenirken şifrelenir.</translation>
    </message>
    <message>
        <source>Add files to this interview</source>
        <translation>Bu görüşmeye dosya ekle</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added and encrypted.</source>
        <translation>
            <numerusform>%n dosya eklendi ve şifrelendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them carry metadata that may identify someone; see the warning.</source>
        <translation>
            <numerusform>Bunlardan %n tanesi birinin kimliğini belli edebilecek meta veriler taşıyor; uyarıya bakın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>%n dosya ekleniyor...</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy made: %1</source>
        <translation>Karartılmış kopya oluşturuldu: %1</translation>
    </message>
    <message>
        <source>Making a redacted copy...</source>
        <translation>Karartılmış kopya oluşturuluyor...</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who gets it (or the disk it is on) can open it. Keep it only as long as needed and delete it afterwards.</source>
        <translation>Dışa aktarılan dosya şifreli DEĞİLDİR: onu (ya da bulunduğu diski) eline geçiren herkes açabilir. Yalnızca gerektiği kadar saklayın ve ardından silin.</translation>
    </message>
    <message>
        <source>This original carries metadata that may identify someone (%1). To share it, export its redacted copy instead.</source>
        <translation>Bu orijinal, birinin kimliğini belli edebilecek meta veriler taşıyor (%1). Paylaşmak için bunun yerine karartılmış kopyasını dışa aktarın.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Şifrelenmemiş bir kopya dışa aktarılsın mı?</translation>
    </message>
    <message>
        <source>Choose where to save...</source>
        <translation>Kaydedilecek yeri seçin...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Dışa aktar: %1</translation>
    </message>
    <message>
        <source>Exported, unencrypted, to %1.</source>
        <translation>Şifrelenmeden dışa aktarıldı: %1.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Dışa aktarılıyor...</translation>
    </message>
    <message>
        <source>Delete %1?

Its key is destroyed: the file can never be opened again, from this vault or any backup of it. This cannot be undone.</source>
        <translation>%1 silinsin mi?

Anahtarı yok edilir: dosya ne bu kasadan ne de kasanın herhangi bir yedeğinden bir daha asla açılamaz. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Its redacted copy, if any, is deleted too.</source>
        <translation>Varsa karartılmış kopyası da silinir.</translation>
    </message>
    <message>
        <source>Delete the attachment?</source>
        <translation>Ek dosya silinsin mi?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Deleted %1; its key was destroyed.</source>
        <translation>%1 silindi; anahtarı yok edildi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. The other files were added.</source>
        <translation>
            <numerusform>%n dosya eklenemedi. Diğer dosyalar eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Bazı dosyalar eklenmedi</translation>
    </message>
    <message>
        <source>Check these files (are they complete? are they audio, images, video or PDF?), then add them again.</source>
        <translation>Bu dosyaları kontrol edin (eksiksiz mi? ses, resim, video ya da PDF mi?), ardından yeniden ekleyin.</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <source>For the interviewer</source>
        <translation>Görüşmeci için</translation>
    </message>
    <message>
        <source>An interpreter helped</source>
        <translation>Bir tercüman yardım etti</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Tercümanın adı</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>Tercüme edilen dil</translation>
    </message>
    <message>
        <source>I, %1, read or explained each question to the witness in their language, gave them time to ask questions and to refuse, and these are the witness&apos;s own answers.</source>
        <translation>Ben, %1, her soruyu tanığa kendi dilinde okudum ya da açıkladım, soru sorması ve reddetmesi için ona zaman tanıdım; bu cevaplar tanığın kendi cevaplarıdır.</translation>
    </message>
    <message>
        <source>Save the consent</source>
        <translation>Onamı kaydet</translation>
    </message>
    <message>
        <source>The witness confirmed by: %1.</source>
        <translation>Tanığın onaylama biçimi: %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Kasayı yedekle</translation>
    </message>
    <message>
        <source>A backup holds the whole vault, encrypted. It opens only with the recovery key: keep it apart from the recovery key, for example on a memory stick at another place.</source>
        <translation>Yedek, kasanın tamamını şifreli olarak içerir. Yalnızca kurtarma anahtarıyla açılır: yedeği kurtarma anahtarından ayrı tutun, örneğin başka bir yerde bir USB bellekte.</translation>
    </message>
    <message>
        <source>File to write the backup to</source>
        <translation>Yedeğin yazılacağı dosya</translation>
    </message>
    <message>
        <source>Only what changed since the last backup (faster; restoring then needs the earlier backups too)</source>
        <translation>Yalnızca son yedekten beri değişenler (daha hızlı; geri yükleme için önceki yedekler de gerekir)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Yedekle</translation>
    </message>
    <message>
        <source>Check a backup...</source>
        <translation>Bir yedeği kontrol et...</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Yedek dosyası</translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Bu kasa henüz yedeklenmedi.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Son yedek: %1.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Yedeğin yazılacağı yer</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Yedeğin nereye yazılacağını seçin.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Yedekleniyor...</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>Tam yedek</translation>
    </message>
    <message>
        <source>A backup of what changed</source>
        <translation>Değişenlerin yedeği</translation>
    </message>
    <message>
        <source>%1 was written to %2 (%3).</source>
        <translation>%1, %2 konumuna yazıldı (%3).</translation>
    </message>
    <message>
        <source>Last backup: just now.</source>
        <translation>Son yedek: az önce.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Time for a backup</source>
        <translation>Yedekleme zamanı</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this laptop is lost, seized or breaks, a backup is the only copy of what has not yet been sent.</source>
        <translation>Bu kasa hiç yedeklenmedi. Bu dizüstü bilgisayar kaybolur, el konur ya da bozulursa, henüz gönderilmemiş olanların tek kopyası yedektir.</translation>
    </message>
    <message>
        <source>The last backup was made %1. What was recorded since then exists only on this laptop.</source>
        <translation>Son yedek %1 alındı. O zamandan beri kaydedilenler yalnızca bu dizüstü bilgisayarda.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
</context>
<context>
    <name>BatchReportText</name>
    <message>
        <source>%1 is not there any more. Check the folder or stick, then try again.</source>
        <translation>%1 artık orada değil. Klasörü ya da belleği kontrol edin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Copy it again, then try again.</source>
        <translation>%1 okunamadı (%2). Yeniden kopyalayın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>İçe aktarılan</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Zaten vardı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadı</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Geçersiz</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Kontrol edilmedi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 yeni, %2 güncellendi, %3 değişmedi</translation>
    </message>
    <message>
        <source>%1 older than held</source>
        <translation>%1 eldekinden eski</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>onam geri çekildi</translation>
    </message>
    <message>
        <source>consent restored</source>
        <translation>onam yeniden verildi</translation>
    </message>
    <message>
        <source>identity destroyed</source>
        <translation>kimlik yok edildi</translation>
    </message>
    <message>
        <source>attachment destroyed</source>
        <translation>ek dosya yok edildi</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>onam kaydedildi</translation>
    </message>
    <message>
        <source>interview not held here</source>
        <translation>görüşme burada yok</translation>
    </message>
    <message>
        <source>Packet %1 of this device has not arrived.</source>
        <translation>Bu cihazın %1 numaralı paketi gelmedi.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of this device have not arrived.</source>
        <translation>Bu cihazın %1 - %2 arası paketleri gelmedi.</translation>
    </message>
    <message>
        <source>This device&apos;s custody log no longer extends what it sent before.</source>
        <translation>Bu cihazın gözetim zinciri kaydı artık daha önce gönderdiklerinin devamı değil.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported</source>
        <translation>
            <numerusform>%n paket içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had</source>
        <translation>
            <numerusform>%n zaten vardı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n reddedildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (cancelled)</source>
        <translation>
            <numerusform>%n içe aktarılmadı (iptal edildi)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled. What had been imported stays; run it again to import the rest.</source>
        <translation>İçe aktarma iptal edildi. İçe aktarılmış olanlar kalır; kalanları içe aktarmak için yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>%1: packet %2 missing.</source>
        <translation>%1: %2 numaralı paket eksik.</translation>
    </message>
    <message>
        <source>%1: packets %2 to %3 missing.</source>
        <translation>%1: %2 - %3 arası paketler eksik.</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>For whom</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>A testimony goes only to a body its witness agreed to share it with.</source>
        <translation>Bir tanıklık yalnızca tanığının paylaşmayı kabul ettiği bir kuruma gider.</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Alıcı kurum</translation>
    </message>
    <message>
        <source>Include the witnesses&apos; identities where they agreed (opens the witness-identity key; each one is written in the custody log)</source>
        <translation>Kabul ettikleri yerlerde tanıkların kimliklerini ekle (tanık kimliği anahtarını açar; her biri gözetim zinciri kaydına yazılır)</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Bu kuruluş</translation>
    </message>
</context>
<context>
    <name>CaseExportPage</name>
    <message>
        <source>Case export</source>
        <translation>Dosya dışa aktarımı</translation>
    </message>
    <message>
        <source>Hand testimonies over to an accountability body: consent decides, per testimony and per identity, what may go.</source>
        <translation>Tanıklıkları bir hesap sorma kurumuna teslim edin: neyin gidebileceğine her tanıklık ve her kimlik için onam karar verir.</translation>
    </message>
    <message>
        <source>Start a case export...</source>
        <translation>Dosya dışa aktarımı başlat...</translation>
    </message>
</context>
<context>
    <name>CaseExportWizard</name>
    <message>
        <source>Case export</source>
        <translation>Dosya dışa aktarımı</translation>
    </message>
</context>
<context>
    <name>CaseOutputPage</name>
    <message>
        <source>Write the case export</source>
        <translation>Dosya dışa aktarımını yaz</translation>
    </message>
    <message>
        <source>A folder (plaintext)</source>
        <translation>Bir klasör (şifresiz)</translation>
    </message>
    <message>
        <source>A zip file (plaintext)</source>
        <translation>Bir zip dosyası (şifresiz)</translation>
    </message>
    <message>
        <source>An encrypted file for the investigator&apos;s key</source>
        <translation>Soruşturmacının anahtarı için şifreli bir dosya</translation>
    </message>
    <message>
        <source>The investigator&apos;s key</source>
        <translation>Soruşturmacının anahtarı</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Raporların dili</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Yaz</translation>
    </message>
    <message>
        <source>Cancel writing</source>
        <translation>Yazmayı iptal et</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Yazma ilerlemesi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Investigator&apos;s key</source>
        <translation>Soruşturmacının anahtarı</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Rapor dili</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Yazılacak yer</translation>
    </message>
    <message>
        <source>Sealed to the investigator&apos;s key: nothing readable is written.</source>
        <translation>Soruşturmacının anahtarına mühürlü: okunabilir hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>This writes PLAINTEXT testimony where you choose: keep it on encrypted storage and remove it once it is delivered.</source>
        <translation>Bu, tanıklığı seçtiğiniz yere ŞİFRESİZ yazar: şifreli bir depolamada tutun ve teslim edildikten sonra silin.</translation>
    </message>
    <message>
        <source>Folder to write the export in</source>
        <translation>Dışa aktarımın yazılacağı klasör</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Dışa aktarımın nereye yazılacağını seçin.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Yazılıyor...</translation>
    </message>
    <message>
        <source>Written: %1, to the place below.
SHA256SUMS: %2
Check it with: sha256sum -c SHA256SUMS</source>
        <translation>Yazıldı: %1, aşağıdaki konuma.
SHA256SUMS: %2
Şununla kontrol edin: sha256sum -c SHA256SUMS</translation>
    </message>
    <message>
        <source>It is plaintext: keep it on encrypted storage.</source>
        <translation>Şifresizdir: şifreli bir depolamada tutun.</translation>
    </message>
    <message>
        <source>Sealed to %1: nothing readable was written.</source>
        <translation>%1 için mühürlendi: okunabilir hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>CasePreviewPage</name>
    <message>
        <source>Check what will go</source>
        <translation>Gidecekleri kontrol edin</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>Son adıma kadar hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>What the case export will contain</source>
        <translation>Dosya dışa aktarımının içeriği</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Tanıklık</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>gider</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Kesinleşmiş tanıklık, %n sürüm</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>kalır</translation>
    </message>
    <message>
        <source>The witness agreed to share it with this body.</source>
        <translation>Tanık bunu bu kurumla paylaşmayı kabul etti.</translation>
    </message>
    <message>
        <source>goes as recorded</source>
        <translation>kaydedildiği gibi gider</translation>
    </message>
    <message>
        <source>goes as a redacted copy</source>
        <translation>karartılmış kopya olarak gider</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Ek dosya (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected testimonies may go; %2 of media.</source>
        <translation>
            <numerusform>Seçilen %n tanıklıktan %1 tanesi gidebilir; %2 medya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of these testimonies with this body.</source>
        <translation>Tanıklar bu tanıklıkların hiçbirini bu kurumla paylaşmayı kabul etmedi.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Testimony %1</source>
        <translation>Tanıklık %1</translation>
    </message>
    <message>
        <source>Case export for %1, made %2</source>
        <translation>%1 için dosya dışa aktarımı, %2 tarihinde yapıldı</translation>
    </message>
    <message>
        <source>this organisation</source>
        <translation>bu kuruluş</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Görüşme kaydı</translation>
    </message>
    <message>
        <source>Witness and interview</source>
        <translation>Tanık ve görüşme</translation>
    </message>
    <message>
        <source>Identity of the witness</source>
        <translation>Tanığın kimliği</translation>
    </message>
    <message>
        <source>The witness agreed to share their identity with this body.</source>
        <translation>Tanık kimliğini bu kurumla paylaşmayı kabul etti.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Kimlik belgeleri</translation>
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
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Yaş grubu</translation>
    </message>
    <message>
        <source>Area of origin</source>
        <translation>Geldiği bölge</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>Görüşme tarihi</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Görüşmenin yapıldığı yer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Recorded on the device</source>
        <translation>Cihazda kaydedildi</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Tanıklık</translation>
    </message>
    <message>
        <source>Version %1, finalized %2</source>
        <translation>Sürüm %1, %2 tarihinde kesinleşti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>Persons and their roles</source>
        <translation>Kişiler ve rolleri</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Adı geçen kişiler</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Bağlılık</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rütbe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Diğer adı</translation>
    </message>
    <message>
        <source>Chain of command as described</source>
        <translation>Anlatıldığı şekliyle komuta zinciri</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Medya dosyaları</translation>
    </message>
    <message>
        <source>original as recorded</source>
        <translation>kaydedildiği gibi özgün</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>karartılmış kopya</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Özetler (SHA-256)</translation>
    </message>
    <message>
        <source>Record as imported</source>
        <translation>İçe aktarıldığı şekliyle kayıt</translation>
    </message>
    <message>
        <source>Testimony version %1</source>
        <translation>Tanıklık sürümü %1</translation>
    </message>
    <message>
        <source>Custody trail</source>
        <translation>Gözetim zinciri</translation>
    </message>
    <message>
        <source>recording device</source>
        <translation>kayıt cihazı</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arşiv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Kayıt</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Olaylar başlangıç</translation>
    </message>
    <message>
        <source>Incidents to</source>
        <translation>Olaylar bitiş</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Export &amp;SVG...</source>
        <translation>&amp;SVG olarak dışa aktar...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>&amp;PNG olarak dışa aktar...</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Komuta zinciri grafiği</translation>
    </message>
    <message>
        <source>Testimonies supporting the chosen link</source>
        <translation>Seçilen bağlantıyı destekleyen tanıklıklar</translation>
    </message>
    <message>
        <source>A solid arrow: commanded. A dashed arrow: member of a unit. The number on an arrow: how many testimonies say so; the thicker the arrow, the more witnesses.</source>
        <translation>Düz ok: komuta etti. Kesikli ok: bir birliğin üyesi. Oktaki sayı: bunu söyleyen tanıklık sayısı; ok ne kadar kalınsa o kadar çok tanık.</translation>
    </message>
    <message>
        <source>Reading the chain of command...</source>
        <translation>Komuta zinciri okunuyor...</translation>
    </message>
    <message>
        <source>No command links in the archive for this choice.</source>
        <translation>Bu seçim için arşivde komuta bağlantısı yok.</translation>
    </message>
    <message>
        <source>Showing the %1 best-supported links of %2. Choose a unit or dates to see the others.</source>
        <translation>%2 bağlantıdan en çok desteklenen %1 tanesi gösteriliyor. Diğerlerini görmek için bir birlik ya da tarihler seçin.</translation>
    </message>
    <message>
        <source>%1 commanded %2</source>
        <translation>%1, %2 üzerinde komuta etti</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 içinde %1</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Tanık %1</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>SVG olarak dışa aktar</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG görüntüleri (*.svg)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>PNG olarak dışa aktar</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG görüntüleri (*.png)</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Komuta zinciri</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Bir yedeği kontrol et</translation>
    </message>
    <message>
        <source>Backup file to check</source>
        <translation>Kontrol edilecek yedek dosyası</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Yedek dosyası</translation>
    </message>
    <message>
        <source>Backup to check</source>
        <translation>Kontrol edilecek yedek</translation>
    </message>
    <message>
        <source>Reading the backup...</source>
        <translation>Yedek okunuyor...</translation>
    </message>
    <message>
        <source>The backup made %1 is intact, and it opens with this recovery key.</source>
        <translation>%1 alınan yedek sağlam ve bu kurtarma anahtarıyla açılıyor.</translation>
    </message>
</context>
<context>
    <name>CommandLinksBox</name>
    <message>
        <source>Command links: who gave orders to whom</source>
        <translation>Komuta bağlantıları: kim kime emir verdi</translation>
    </message>
    <message>
        <source>Command links between persons</source>
        <translation>Kişiler arasındaki komuta bağlantıları</translation>
    </message>
    <message>
        <source>Superior (gave the orders)</source>
        <translation>Üst (emirleri verdi)</translation>
    </message>
    <message>
        <source>Relation (choose or type)</source>
        <translation>İlişki (seçin ya da yazın)</translation>
    </message>
    <message>
        <source>gave orders to</source>
        <translation>emir verdi</translation>
    </message>
    <message>
        <source>commanded</source>
        <translation>komuta etti</translation>
    </message>
    <message>
        <source>was the superior of</source>
        <translation>amiriydi</translation>
    </message>
    <message>
        <source>Subordinate (received the orders)</source>
        <translation>Ast (emirleri aldı)</translation>
    </message>
    <message>
        <source>When (for example April 2013)</source>
        <translation>Ne zaman (örneğin Nisan 2013)</translation>
    </message>
    <message>
        <source>e.g. April 2013</source>
        <translation>örn. Nisan 2013</translation>
    </message>
    <message>
        <source>How the witness knows</source>
        <translation>Tanık bunu nereden biliyor</translation>
    </message>
    <message>
        <source>e.g. heard the orders given; was told; insignia</source>
        <translation>örn. emirleri duydu; ona söylendi; rütbe işaretleri</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Bağlantı ekle</translation>
    </message>
    <message>
        <source>Add this command link</source>
        <translation>Bu komuta bağlantısını ekle</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
        <source>Remove the selected command link</source>
        <translation>Seçili komuta bağlantısını kaldır</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>How known</source>
        <translation>Nereden biliniyor</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 → %3: %2 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 → %3: %2</translation>
    </message>
    <message>
        <source>How known: %1</source>
        <translation>Nereden biliniyor: %1</translation>
    </message>
    <message>
        <source>Add the two persons first (above).</source>
        <translation>Önce iki kişiyi ekleyin (yukarıda).</translation>
    </message>
    <message>
        <source>Choose two different persons: nobody gives orders to themselves.</source>
        <translation>İki farklı kişi seçin: kimse kendine emir vermez.</translation>
    </message>
    <message>
        <source>Say how they were linked, for example &quot;gave orders to&quot;.</source>
        <translation>Nasıl bağlantılı olduklarını yazın, örneğin &quot;emir verdi&quot;.</translation>
    </message>
    <message>
        <source>This link is already recorded; remove it first to change it.</source>
        <translation>Bu bağlantı zaten kayıtlı; değiştirmek için önce kaldırın.</translation>
    </message>
</context>
<context>
    <name>CompactFilterBar</name>
    <message>
        <source>Violation type</source>
        <translation>İhlal türü</translation>
    </message>
    <message>
        <source>Any violation</source>
        <translation>Tüm ihlaller</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Any governorate</source>
        <translation>Tüm iller</translation>
    </message>
    <message>
        <source>Incidents from</source>
        <translation>Olaylar başlangıç</translation>
    </message>
    <message>
        <source>Incidents until</source>
        <translation>Olaylar bitiş</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Paylaşılabileceği kurum</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Tüm kurumlar</translation>
    </message>
    <message>
        <source>Testimonies with</source>
        <translation>İçeren tanıklıklar</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Olay tarihleri</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Paylaşılabilir</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-AA ya da YYYY-AA-GG</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Recording a spoken consent needs a microphone: connect one, then open witness mode again.</source>
        <translation>Sözlü onamı kaydetmek için mikrofon gerekir: bir mikrofon bağlayın, ardından tanık modunu yeniden açın.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed form...</source>
        <translation>İmzalı formun taramasını ekle...</translation>
    </message>
    <message>
        <source>Scan of the signed consent form</source>
        <translation>İmzalı onam formunun taraması</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Taramalar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Eklendi: %1</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryView</name>
    <message>
        <source>Consent records</source>
        <translation>Onam kayıtları</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Onaylama biçimi</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>Tasdik eden</translation>
    </message>
    <message>
        <source>Answers of the selected record</source>
        <translation>Seçili kaydın cevapları</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Take consent in witness mode...</source>
        <translation>Onamı tanık modunda al...</translation>
    </message>
    <message>
        <source>Record a withdrawal...</source>
        <translation>Geri çekmeyi kaydet...</translation>
    </message>
    <message>
        <source>Paper summary for the witness...</source>
        <translation>Tanık için basılı özet...</translation>
    </message>
    <message>
        <source>No consent recorded yet. Nothing about this interview can be exported, and the recorder stays off until the witness agrees to audio recording.</source>
        <translation>Henüz onam kaydedilmedi. Bu görüşmeden hiçbir şey dışa aktarılamaz ve tanık sesinin kaydedilmesine onam verene kadar ses kaydı yapılamaz.</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>izin var</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>izin yok</translation>
    </message>
    <message>
        <source>In force: %1 on %2 (%3). Audio recording: %4.</source>
        <translation>Geçerli onam: %1, %2 (%3). Ses kaydı: %4.</translation>
    </message>
    <message>
        <source>Paper can put the witness at risk</source>
        <translation>Kâğıt tanığı tehlikeye atabilir</translation>
    </message>
    <message>
        <source>A paper found on the witness, at a checkpoint or at home, can show that they spoke to you. It carries no name, only the reference %1. Offer it only if the witness wants it and can keep it safely.</source>
        <translation>Tanığın üzerinde, bir kontrol noktasında ya da evinde bulunan bir kâğıt, sizinle konuştuğunu ortaya çıkarabilir. Kâğıtta isim yoktur, yalnızca %1 referansı vardır. Bunu yalnızca tanık isterse ve güvenle saklayabilecekse verin.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Özeti PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Given</source>
        <translation>Verildi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imza</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>işaret</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>sözlü</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>kâğıt form</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>sorulmadı</translation>
    </message>
</context>
<context>
    <name>ConsentMessages</name>
    <message>
        <source>The consent could not be saved: the answers do not fit the form. Go back to the review and check every answer.</source>
        <translation>Onam kaydedilemedi: cevaplar forma uymuyor. Gözden geçirme sayfasına dönüp her cevabı kontrol edin.</translation>
    </message>
    <message>
        <source>The consent of this interview was changed elsewhere while this form was open. Nothing was saved; close witness mode and open it again.</source>
        <translation>Bu form açıkken bu görüşmenin onamı başka bir yerde değiştirildi. Hiçbir şey kaydedilmedi; tanık modunu kapatıp yeniden açın.</translation>
    </message>
    <message>
        <source>The file is not a supported picture, PDF or audio file. Nothing was saved.</source>
        <translation>Dosya desteklenen bir resim, PDF ya da ses dosyası değil. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>This interview has no consent record yet.</source>
        <translation>Bu görüşme için henüz onam kaydı yok.</translation>
    </message>
    <message>
        <source>The witness has already withdrawn all consent.</source>
        <translation>Tanık onamının tamamını zaten geri çekti.</translation>
    </message>
    <message>
        <source>This consent form is not available in that language.</source>
        <translation>Bu onam formu o dilde mevcut değil.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n testimonies</source>
        <translation>
            <numerusform>%n tanıklık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnesses</source>
        <translation>
            <numerusform>%n tanık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n görüşmeci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s) named</source>
        <translation>
            <numerusform>adı geçen %n mağdur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
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
        <source>Vault created</source>
        <translation>Kasa oluşturuldu</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Parola değiştirildi</translation>
    </message>
    <message>
        <source>Recovery shares made</source>
        <translation>Kurtarma parçaları oluşturuldu</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ayarlar değiştirildi</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Yedek alındı</translation>
    </message>
    <message>
        <source>Device keys created</source>
        <translation>Cihaz anahtarları oluşturuldu</translation>
    </message>
    <message>
        <source>Witness-identity key removed</source>
        <translation>Tanık kimliği anahtarı kaldırıldı</translation>
    </message>
    <message>
        <source>Key trusted (device enrolled)</source>
        <translation>Anahtara güvenildi (cihaz kaydedildi)</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Anahtar geçersiz kılındı</translation>
    </message>
    <message>
        <source>Linkage key created</source>
        <translation>Eşleştirme anahtarı oluşturuldu</translation>
    </message>
    <message>
        <source>Fingerprints computed from sealed identities</source>
        <translation>Parmak izleri mühürlü kimliklerden hesaplandı</translation>
    </message>
    <message>
        <source>Linkage key given to a device</source>
        <translation>Eşleştirme anahtarı bir cihaza verildi</translation>
    </message>
    <message>
        <source>Linkage key received</source>
        <translation>Eşleştirme anahtarı alındı</translation>
    </message>
    <message>
        <source>Prior-interview index given out</source>
        <translation>Önceki görüşmeler dizini verildi</translation>
    </message>
    <message>
        <source>Prior-interview index received</source>
        <translation>Önceki görüşmeler dizini alındı</translation>
    </message>
    <message>
        <source>Prior-interview index removed</source>
        <translation>Önceki görüşmeler dizini kaldırıldı</translation>
    </message>
    <message>
        <source>Interview updated from a packet</source>
        <translation>Görüşme bir paketten güncellendi</translation>
    </message>
    <message>
        <source>Interview sent in a packet</source>
        <translation>Görüşme bir pakette gönderildi</translation>
    </message>
    <message>
        <source>Interview closed: consent withdrawn</source>
        <translation>Görüşme kapatıldı: onam geri çekildi</translation>
    </message>
    <message>
        <source>Interview reopened: consent given again</source>
        <translation>Görüşme yeniden açıldı: onam yeniden verildi</translation>
    </message>
    <message>
        <source>Interview purged</source>
        <translation>Görüşme temizlendi</translation>
    </message>
    <message>
        <source>Witness added</source>
        <translation>Tanık eklendi</translation>
    </message>
    <message>
        <source>Witness details changed</source>
        <translation>Tanık bilgileri değiştirildi</translation>
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
        <source>Role in an incident changed</source>
        <translation>Bir olaydaki rol değiştirildi</translation>
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
        <source>Command link changed</source>
        <translation>Komuta bağlantısı değiştirildi</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Komuta bağlantısı kaldırıldı</translation>
    </message>
    <message>
        <source>Violation type added to the list</source>
        <translation>Listeye ihlal türü eklendi</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses marked</source>
        <translation>Mükerrer olabilecek tanıklar işaretlendi</translation>
    </message>
    <message>
        <source>Perpetrator entries merged</source>
        <translation>Fail kayıtları birleştirildi</translation>
    </message>
    <message>
        <source>Perpetrator merge undone</source>
        <translation>Fail birleştirmesi geri alındı</translation>
    </message>
    <message>
        <source>Witness identity recorded</source>
        <translation>Tanık kimliği kaydedildi</translation>
    </message>
    <message>
        <source>Witness identity changed</source>
        <translation>Tanık kimliği değiştirildi</translation>
    </message>
    <message>
        <source>Witness identity sealed</source>
        <translation>Tanık kimliği mühürlendi</translation>
    </message>
    <message>
        <source>Sealed identity sent in a packet</source>
        <translation>Mühürlü kimlik bir pakette gönderildi</translation>
    </message>
    <message>
        <source>Sealed identity received</source>
        <translation>Mühürlü kimlik alındı</translation>
    </message>
    <message>
        <source>Witness identity revealed</source>
        <translation>Tanık kimliği gösterildi</translation>
    </message>
    <message>
        <source>Witness identity destroyed</source>
        <translation>Tanık kimliği yok edildi</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Ek dosya eklendi</translation>
    </message>
    <message>
        <source>Attachment imported from a packet</source>
        <translation>Ek dosya bir paketten içe aktarıldı</translation>
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
        <source>Attachment destroyed</source>
        <translation>Ek dosya yok edildi</translation>
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
        <source>Recording discarded</source>
        <translation>Ses kaydı atıldı</translation>
    </message>
    <message>
        <source>Interrupted recording could not be saved</source>
        <translation>Yarıda kalan ses kaydı kaydedilemedi</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Onam kaydedildi</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Onam verildi</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Onam değiştirildi</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Onam geri çekildi</translation>
    </message>
    <message>
        <source>Consent change received</source>
        <translation>Onam değişikliği alındı</translation>
    </message>
    <message>
        <source>Spoken consent recording attached</source>
        <translation>Sözlü onam kaydı eklendi</translation>
    </message>
    <message>
        <source>Spoken consent recording removed</source>
        <translation>Sözlü onam kaydı kaldırıldı</translation>
    </message>
    <message>
        <source>Accountability body added</source>
        <translation>Hesap sorma kurumu eklendi</translation>
    </message>
    <message>
        <source>Accountability body turned on</source>
        <translation>Hesap sorma kurumu etkinleştirildi</translation>
    </message>
    <message>
        <source>Accountability body turned off</source>
        <translation>Hesap sorma kurumu devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Consent change sent in a packet</source>
        <translation>Onam değişikliği bir pakette gönderildi</translation>
    </message>
    <message>
        <source>Consent change imported from a packet</source>
        <translation>Onam değişikliği bir paketten içe aktarıldı</translation>
    </message>
    <message>
        <source>Packet sealed</source>
        <translation>Paket mühürlendi</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Paket içe aktarıldı</translation>
    </message>
    <message>
        <source>Sender&apos;s custody history changed</source>
        <translation>Gönderenin gözetim zinciri kaydı değişti</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Alındı belgesi düzenlendi</translation>
    </message>
    <message>
        <source>Receipt received</source>
        <translation>Alındı belgesi alındı</translation>
    </message>
    <message>
        <source>Included in a case export</source>
        <translation>Bir dosya dışa aktarımına dahil edildi</translation>
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
    <name>Delivery</name>
    <message numerus="yes">
        <source>The coordinator confirmed %n interview(s) as delivered.</source>
        <translation>
            <numerusform>Koordinatör %n görüşmenin teslim edildiğini onayladı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) purged from this device.</source>
        <translation>
            <numerusform>%n görüşme bu cihazdan temizlendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) imported.</source>
        <translation>
            <numerusform>%n paket içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>Koordinatörün alındı belgesini seçin</translation>
    </message>
    <message>
        <source>This receipt was already imported; nothing changed.</source>
        <translation>Bu alındı belgesi zaten içe aktarılmış; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Alındı belgesi</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Temizleme</translation>
    </message>
    <message>
        <source>Nothing delivered is waiting to be purged.</source>
        <translation>Temizlenmeyi bekleyen, teslim edilmiş bir şey yok.</translation>
    </message>
    <message>
        <source>The coordinator confirmed receiving %1 interview(s): %2.

Purging destroys this device&apos;s copy for good (their keys are destroyed), so nothing of them can be found on this laptop. Only a record that they were delivered stays. Purge now?</source>
        <translation>Koordinatör %1 görüşmeyi teslim aldığını onayladı: %2.

Temizleme, bu cihazdaki kopyayı kalıcı olarak yok eder (anahtarları yok edilir); böylece bu bilgisayarda onlardan hiçbir şey bulunamaz. Yalnızca teslim edildiklerine dair bir kayıt kalır. Şimdi temizlensin mi?</translation>
    </message>
    <message>
        <source>Choose packets to import</source>
        <translation>İçe aktarılacak paketleri seçin</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <source>Verifying and importing...</source>
        <translation>Doğrulanıyor ve içe aktarılıyor...</translation>
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
    <name>DevicesView</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>First packet</source>
        <translation>İlk paket</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>Son paket</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Son numara</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Eksik numaralar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Kayıtlı cihazlar</translation>
    </message>
    <message>
        <source>&amp;Enrol a device...</source>
        <translation>Bir cihaz &amp;kaydet...</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Geçersiz kıl...</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>%1 tarihinde geçersiz kılındı</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Kayıtlı</translation>
    </message>
    <message>
        <source>The device&apos;s key file</source>
        <translation>Cihazın anahtar dosyası</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Cihazı geçersiz kıl</translation>
    </message>
    <message>
        <source>Revoke %1? Everything already imported from it stays; its new packets will be refused.</source>
        <translation>%1 geçersiz kılınsın mı? Ondan daha önce içe aktarılan her şey kalır; yeni paketleri reddedilir.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Geçersiz kıl</translation>
    </message>
    <message>
        <source>Reason (kept with the device):</source>
        <translation>Neden (cihazla birlikte saklanır):</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The attachment&apos;s content</source>
        <translation>Ek dosyanın içeriği</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Dosyanın metni</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) not shown.</source>
        <translation>
            <numerusform>%n sayfa daha gösterilmedi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names</source>
        <extracomment>Field names as the core reports them, worded here.</extracomment>
        <translation>tam ad</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>ilk ad</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>baba adı</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>doğum yılı</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>il</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>aynı kişi</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>farklı kişiler</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Mükerrer olabilecek tanıklar</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Witnesses who may have been interviewed twice, found by comparing keyed fingerprints. Names are not shown.</source>
        <translation>İki kez görüşme yapılmış olabilecek tanıklar; gizli bir anahtarla hesaplanan parmak izleri karşılaştırılarak bulundu. Adlar gösterilmez.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>Mükerrer olabilecek tanıklar</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tanıklar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Benzerlik puanı</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>Uyuşan alanlar</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Olası mükerrer kayıt yok.</translation>
    </message>
    <message>
        <source>Compute their fingerprints</source>
        <translation>Parmak izlerini hesapla</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Aynı kişi</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Farklı kişiler</translation>
    </message>
    <message>
        <source>Show names...</source>
        <translation>Adları göster...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es) cannot be compared yet: their identity was sealed on a laptop that had no linkage key. Their fingerprints can be computed here with the witness-identity key; no name is shown.</source>
        <translation>
            <numerusform>%n tanık henüz karşılaştırılamıyor: kimlikleri eşleştirme anahtarı olmayan bir dizüstü bilgisayarda mühürlendi. Parmak izleri burada tanık kimliği anahtarıyla hesaplanabilir; hiçbir ad gösterilmez.</numerusform>
        </translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>bu kasa</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hiçbiri</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Adları göster</translation>
    </message>
    <message>
        <source>This shows the names of %1 and %2. It needs the witness-identity key, and each reveal is written in the custody log.</source>
        <translation>Bu işlem %1 ve %2 için adları gösterir. Tanık kimliği anahtarı gerekir ve her gösterim gözetim zinciri kaydına yazılır.</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>kayıtlı kimlik yok</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Baskı parolası</translation>
    </message>
    <message>
        <source>If you are forced to unlock this laptop, type the duress passphrase instead of your passphrase. It opens a decoy: a real, working vault with a few harmless interviews. On disk a vault with a duress passphrase looks the same as one without.</source>
        <translation>Bu dizüstü bilgisayarın kilidini açmaya zorlanırsanız, kendi parolanız yerine baskı parolasını yazın. Göstermelik bir kasa açar: içinde birkaç zararsız görüşme bulunan gerçek, çalışan bir kasa. Diskte baskı parolası olan bir kasa, olmayanla aynı görünür.</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Baskı parolası (tekrar)</translation>
    </message>
    <message>
        <source>Typing it also destroys this vault&apos;s keys, as a panic wipe does. This cannot be undone, and afterwards nothing shows that it happened.</source>
        <translation>Yazılması, acil silmede olduğu gibi bu kasanın anahtarlarını da yok eder. Bu işlem geri alınamaz ve sonrasında olduğunu gösteren hiçbir iz kalmaz.</translation>
    </message>
    <message>
        <source>A few interviews about school attendance (built in)</source>
        <translation>Okula devam üzerine birkaç görüşme (yerleşik)</translation>
    </message>
    <message>
        <source>Interviews from a file your organisation gave you</source>
        <translation>Kuruluşunuzun size verdiği bir dosyadaki görüşmeler</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Dosya seç...</translation>
    </message>
    <message>
        <source>Making the decoy</source>
        <translation>Göstermelik kasa hazırlanıyor</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Baskı parolasını belirle</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>Decoy content</source>
        <translation>Göstermelik içerik</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Baskı parolası belirlenmedi.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it also destroys this vault&apos;s keys.</source>
        <translation>Baskı parolası belirlendi (%1 tarihinden beri); yazılması bu kasanın anahtarlarını da yok eder.</translation>
    </message>
    <message>
        <source>A duress passphrase is set (since %1); typing it opens the decoy only.</source>
        <translation>Baskı parolası belirlendi (%1 tarihinden beri); yazılması yalnızca göstermelik kasayı açar.</translation>
    </message>
    <message>
        <source>Decoy interviews</source>
        <translation>Göstermelik görüşmeler</translation>
    </message>
    <message>
        <source>Interview JSON (*.json)</source>
        <translation>Görüşme JSON (*.json)</translation>
    </message>
    <message>
        <source>The two duress passphrases are different.</source>
        <translation>İki baskı parolası birbirinden farklı.</translation>
    </message>
    <message>
        <source>Choose a duress passphrase of at least 8 characters.</source>
        <translation>En az 8 karakterlik bir baskı parolası seçin.</translation>
    </message>
    <message>
        <source>Choose the file with the decoy interviews.</source>
        <translation>Göstermelik görüşmelerin bulunduğu dosyayı seçin.</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Baskı parolasını kaldır</translation>
    </message>
    <message>
        <source>The duress passphrase and its decoy will be gone.</source>
        <translation>Baskı parolası ve göstermelik kasası kaldırılacak.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Bir cihaz kaydet</translation>
    </message>
    <message>
        <source>Ask the interviewer to read out or show you the device&apos;s fingerprint, in person or by a channel you trust, and type it here. The device is enrolled only if the two match.</source>
        <translation>Görüşmeciden cihazın parmak izini size sesli okumasını ya da göstermesini isteyin (yüz yüze ya da güvendiğiniz bir kanaldan) ve buraya yazın. Cihaz yalnızca ikisi eşleşirse kaydedilir.</translation>
    </message>
    <message>
        <source>Fingerprint as the interviewer gave it</source>
        <translation>Görüşmecinin verdiği parmak izi</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>ExitGuard</name>
    <message>
        <source>Leave witness mode</source>
        <translation>Tanık modundan çık</translation>
    </message>
    <message>
        <source>Interviewer: type the vault passphrase to leave witness mode.</source>
        <translation>Görüşmeci: tanık modundan çıkmak için kasanın parolasını yazın.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Önce parolayı yazın.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrol ediliyor...</translation>
    </message>
    <message>
        <source>Wrong passphrase. Witness mode stays open.</source>
        <translation>Parola yanlış. Tanık modu açık kalıyor.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Send testimony to the coordinator</source>
        <translation>Tanıklığı koordinatöre gönder</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Key files (*.key *.json)</source>
        <translation>Anahtar dosyaları (*.key *.json)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Choose...</source>
        <translation>Seç...</translation>
    </message>
</context>
<context>
    <name>FileImports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Import an interview (JSON)</source>
        <translation>Bir görüşmeyi içe aktar (JSON)</translation>
    </message>
    <message>
        <source>Record a paper consent</source>
        <translation>Kâğıt üzerindeki onamı kaydet</translation>
    </message>
    <message>
        <source>Open the interview the paper consent belongs to first.</source>
        <translation>Önce kâğıt üzerindeki onamın ait olduğu görüşmeyi açın.</translation>
    </message>
    <message>
        <source>The consent entry (JSON)</source>
        <translation>Onam kaydı (JSON)</translation>
    </message>
    <message>
        <source>The scan of the signed form</source>
        <translation>İmzalı formun taraması</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Taramalar (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>İhlal türü</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Paylaşılabileceği kurum</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <source>Never corrected</source>
        <translation>Hiç düzeltilmemiş</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Düzeltilmiş</translation>
    </message>
    <message>
        <source>Interviewer, part of the name</source>
        <translation>Görüşmeci, adın bir kısmı</translation>
    </message>
    <message>
        <source>Place or governorate</source>
        <translation>Yer ya da il</translation>
    </message>
    <message>
        <source>Alleged perpetrator or unit</source>
        <translation>İddia edilen fail ya da birlik</translation>
    </message>
    <message>
        <source>Incidents from (year, year-month or date)</source>
        <translation>Olaylar başlangıç (yıl, yıl-ay ya da tarih)</translation>
    </message>
    <message>
        <source>Incidents to (year, year-month or date)</source>
        <translation>Olaylar bitiş (yıl, yıl-ay ya da tarih)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>İhlal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Shareable with</source>
        <translation>Paylaşılabilir</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tümü</translation>
    </message>
</context>
<context>
    <name>FinalizeBox</name>
    <message>
        <source>No consent is recorded for this interview.</source>
        <translation>Bu görüşme için kaydedilmiş bir onam yok.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Tanık onamını geri çekti.</translation>
    </message>
    <message>
        <source>The testimony has no text.</source>
        <translation>Tanıklığın metni yok.</translation>
    </message>
    <message>
        <source>The testimony has no summary.</source>
        <translation>Tanıklığın özeti yok.</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>Kaydedilmiş bir olay yok.</translation>
    </message>
    <message>
        <source>%n incident(s) without a title (&quot;Untitled incident&quot;).</source>
        <translation>Başlıksız olaylar (&quot;Başlıksız olay&quot;): %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a date.</source>
        <translation>Tarihsiz olaylar: %n.</translation>
    </message>
    <message>
        <source>%n incident(s) without a violation.</source>
        <translation>İhlal belirtilmemiş olaylar: %n.</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.</source>
        <translation>Kesinleştirme bu tanıklığı delil olarak dondurur: sonrasında kimse onu değiştiremez ve parmak izi (bir SHA-256 özeti) gözetim zinciri kaydına yazılır. Sonraki düzeltmeler buna bağlı yeni sürümler olur.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Hâlâ eksik:</translation>
    </message>
    <message>
        <source>Finalize it now?</source>
        <translation>Şimdi kesinleştirilsin mi?</translation>
    </message>
    <message>
        <source>Finalize the testimony?</source>
        <translation>Tanıklık kesinleştirilsin mi?</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Henüz değil</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>coordinator</source>
        <translation>koordinatör</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>görüşmeci</translation>
    </message>
    <message>
        <source>Key of %1 (%2) at %3</source>
        <translation>%3 bünyesinde %1 (%2) anahtarı</translation>
    </message>
    <message>
        <source>Key of %1 (%2)</source>
        <translation>%1 (%2) anahtarı</translation>
    </message>
</context>
<context>
    <name>FingerprintCheckDialog</name>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
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
        <translation>tarih bilinmiyor</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 ile %2 arasında</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>%1 civarında</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>How precisely the date is known</source>
        <translation>Tarihin ne kadar kesin bilindiği</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Belirli bir günde</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Bir ayda</translation>
    </message>
    <message>
        <source>In a year</source>
        <translation>Bir yılda</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>İki tarih arasında</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>Yaklaşık olarak</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>and</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Dönemin sonu</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>around</source>
        <translation>yaklaşık</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Dönemin başı</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Okunuşu: %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>Dönemin sonu: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Dönem, başlamadan önce bitiyor.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Testimony Recorder</source>
        <translation>Testimony Recorder &amp;hakkında</translation>
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
    <name>HitsModel</name>
    <message>
        <source>Narrative</source>
        <translation>Anlatım</translation>
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
        <source>Found in</source>
        <translation>Bulunduğu yer</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Alıntı</translation>
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
        <translation>ad soyad</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>diğer adlar</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>kimlik belgeleri</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>fotoğraf</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
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
        <source>Seal identities now</source>
        <translation>Kimlikleri şimdi mühürle</translation>
    </message>
    <message>
        <source>Seals every identity still readable on this device to the witness-identity key</source>
        <translation>Bu cihazda hâlâ okunabilen her kimliği tanık kimliği anahtarına mühürler</translation>
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
        <source>Enter identity</source>
        <translation>Kimliği gir</translation>
    </message>
    <message>
        <source>Enter again (replaces it)</source>
        <translation>Yeniden gir (yerine geçer)</translation>
    </message>
    <message>
        <source>Sealed on %1 to the organisation&apos;s witness-identity key: this device cannot read it, whoever unlocks it.</source>
        <translation>%1 tarihinde kuruluşun tanık kimliği anahtarına mühürlendi: bu cihaz, kilidini kim açarsa açsın, onu okuyamaz.</translation>
    </message>
    <message>
        <source>Readable on this device: it was saved before a witness-identity key was enrolled. Seal it now, so that nobody who unlocks this device can read it.</source>
        <translation>Bu cihazda okunabilir: tanık kimliği anahtarı kaydedilmeden önce saklandı. Bu cihazın kilidini açan hiç kimse okuyamasın diye şimdi mühürleyin.</translation>
    </message>
    <message>
        <source>Readable on this device, and to anyone who forces its passphrase: no witness-identity key is enrolled yet. Trust your coordinator&apos;s key file (Keys and contacts); identities can then be sealed.</source>
        <translation>Bu cihazda ve parolasını zorla elde eden herkes için okunabilir: henüz tanık kimliği anahtarı kaydedilmedi. Koordinatörünüzün anahtar dosyasına güvenin (Anahtarlar ve kişiler); ardından kimlikler mühürlenebilir.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>Doldurulan: %1.</translation>
    </message>
    <message>
        <source>It will be sealed when you save it: afterwards this device shows only which fields are filled in.</source>
        <translation>Kaydettiğinizde mühürlenecek: sonrasında bu cihaz yalnızca hangi alanların dolu olduğunu gösterir.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled: it will stay readable on this device until it is sealed.</source>
        <translation>Tanık kimliği anahtarı kayıtlı değil: mühürlenene kadar bu cihazda okunabilir kalacak.</translation>
    </message>
    <message>
        <source>Saving replaces the identity; it is then sealed if a witness-identity key is enrolled.</source>
        <translation>Kaydetmek kimliğin yerine geçer; tanık kimliği anahtarı kayıtlıysa ardından mühürlenir.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Kayıtlı kimlik yok. Kimliği yalnızca tanık kabul ettiyse ve yalnızca gerektiği kadarıyla kaydedin.</translation>
    </message>
</context>
<context>
    <name>IdentityReveal</name>
    <message>
        <source>Witness-identity key</source>
        <translation>Tanık kimliği anahtarı</translation>
    </message>
    <message>
        <source>Identities are sealed to the witness-identity key. Open it from this vault, or from the key file protection staff keep.</source>
        <translation>Kimlikler tanık kimliği anahtarına mühürlüdür. Anahtarı bu kasadan ya da koruma ekibinin sakladığı anahtar dosyasından açın.</translation>
    </message>
    <message>
        <source>From this vault</source>
        <translation>Bu kasadan</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>Bir dosyadan...</translation>
    </message>
    <message>
        <source>Witness-identity key file</source>
        <translation>Tanık kimliği anahtar dosyası</translation>
    </message>
    <message>
        <source>Reason for showing the identity</source>
        <translation>Kimliği gösterme nedeni</translation>
    </message>
    <message>
        <source>Why do you need to see who this witness is? The reason and the time are written in the custody log.</source>
        <translation>Bu tanığın kim olduğunu neden görmeniz gerekiyor? Neden ve zaman gözetim zinciri kaydına yazılır.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Diğer adlar: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Doğum: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>Tanık kimliği</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packets</source>
        <translation>Paketleri içe aktar</translation>
    </message>
    <message>
        <source>Choose a folder (such as a memory stick) or packet files, or drop them here. Split packets (.001, .002...) are joined, and every packet is checked before anything of it is kept.</source>
        <translation>Bir klasör (örneğin bir USB bellek) ya da paket dosyaları seçin veya buraya bırakın. Bölünmüş paketler (.001, .002...) birleştirilir ve her paket, herhangi bir kısmı saklanmadan önce kontrol edilir.</translation>
    </message>
    <message>
        <source>Folders and files to import</source>
        <translation>İçe aktarılacak klasörler ve dosyalar</translation>
    </message>
    <message>
        <source>Choose a &amp;folder...</source>
        <translation>Bir &amp;klasör seç...</translation>
    </message>
    <message>
        <source>Choose &amp;files...</source>
        <translation>&amp;Dosyaları seç...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>İçe aktarma ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Packets in this import</source>
        <translation>Bu içe aktarmadaki paketler</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Consent changes</source>
        <translation>Onam değişiklikleri</translation>
    </message>
    <message>
        <source>Reason or warning</source>
        <translation>Neden ya da uyarı</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>&amp;Save as JSON...</source>
        <translation>&amp;JSON olarak kaydet...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Folder with packets</source>
        <translation>Paketlerin bulunduğu klasör</translation>
    </message>
    <message>
        <source>Packet files</source>
        <translation>Paket dosyaları</translation>
    </message>
    <message>
        <source>Looking for packets...</source>
        <translation>Paketler aranıyor...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>İptal ediliyor...</translation>
    </message>
    <message>
        <source>Packet %1 of %2: %3 (%4 of %5 MB)</source>
        <translation>Paket %1 / %2: %3 (%4 / %5 MB)</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Tamamlandı.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>İçe aktarma raporunu kaydet</translation>
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
        <translation>%2 tarafından gönderilen %1 paketi (cihaz %3)</translation>
    </message>
    <message>
        <source>Already imported on %1; nothing changed.</source>
        <translation>Daha önce %1 tarihinde içe aktarıldı; hiçbir şey değişmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) imported.</source>
        <translation>
            <numerusform>%n görüşme içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Uyarı: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title of the incident</source>
        <translation>Olayın başlığı</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>What happened, as the witness told it.</source>
        <translation>Ne olduğu, tanığın anlattığı şekliyle.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Kimler dahildi</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>Saved, except the description: it is longer than %1 characters.</source>
        <translation>Kaydedildi, açıklama hariç: %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>Saved, except the date or the place: see the problem above.</source>
        <translation>Kaydedildi, tarih veya yer hariç: yukarıdaki soruna bakın.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Add a violation type</source>
        <translation>İhlal türü ekle</translation>
    </message>
    <message>
        <source>Name of the violation type, as it should appear in the list:</source>
        <translation>Listede görünmesi gereken şekliyle ihlal türünün adı:</translation>
    </message>
    <message>
        <source>That name is too long (at most %1 characters).</source>
        <translation>Bu ad çok uzun (en fazla %1 karakter).</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents in this interview</source>
        <translation>Bu görüşmedeki olaylar</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>Title of a new incident</source>
        <translation>Yeni bir olayın başlığı</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>Yeni olay: başlık</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Olay ekle</translation>
    </message>
    <message>
        <source>Add an incident with this title</source>
        <translation>Bu başlıkla bir olay ekle</translation>
    </message>
    <message>
        <source>Remove incident...</source>
        <translation>Olayı kaldır...</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>Seçili olayı kaldır</translation>
    </message>
    <message>
        <source>No incidents yet. Give the first one a title above and press Enter.</source>
        <translation>Henüz olay yok. İlkinin başlığını yukarıya yazıp Enter’a basın.</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Başlıksız olay</translation>
    </message>
    <message>
        <source>Remove the incident?</source>
        <translation>Olay kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Remove the incident %1, with the roles recorded in it? The removal is written in the custody log.</source>
        <translation>%1 olayı, içinde kayıtlı rollerle birlikte kaldırılsın mı? Kaldırma işlemi gözetim zinciri kaydına yazılır.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
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
    <message>
        <source>%1, delivered</source>
        <translation>%1, teslim edildi</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, gönderildi</translation>
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
        <source>Filter by date of the interview</source>
        <translation>Görüşme tarihine göre filtrele</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Tüm tarihler</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>Filter by delivery</source>
        <translation>Teslim durumuna göre filtrele</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>Tüm gönderim durumları</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Henüz gönderilmeyenler</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Gönderilip onaylanmayanlar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edilenler</translation>
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
    <name>InterviewPane</name>
    <message>
        <source>Choose a testimony in the list.</source>
        <translation>Listeden bir tanıklık seçin.</translation>
    </message>
    <message>
        <source>Show &amp;identity...</source>
        <translation>&amp;Kimliği göster...</translation>
    </message>
    <message>
        <source>Parts of the interview</source>
        <translation>Görüşmenin bölümleri</translation>
    </message>
    <message>
        <source>Testimony versions</source>
        <translation>Tanıklık sürümleri</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Onam geçmişi</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Köken</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Tanıklık</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onam</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(başlıksız olay)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(adsız)</translation>
    </message>
</context>
<context>
    <name>InterviewParts</name>
    <message>
        <source>Unnamed person</source>
        <translation>Adsız kişi</translation>
    </message>
</context>
<context>
    <name>InterviewTexts</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Witness %1, interviewed by %2 on %3</source>
        <translation>Tanık %1, %3 tarihinde %2 ile görüştü</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Tanık onamını geri çekti.</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>kesinleşti</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <source>Version %1 (%2) %3</source>
        <translation>Sürüm %1 (%2) %3</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Özet:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Violations: %1</source>
        <translation>İhlaller: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Yer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Bağlılık</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rütbe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Under the command of %1</source>
        <translation>%1 komutasında</translation>
    </message>
    <message>
        <source>Commanded %1</source>
        <translation>%1 üzerinde komuta etti</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(kapalı)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The witness&apos;s consent does not allow this organisation to use this file, so it stays closed.</source>
        <translation>Tanığın onamı bu kuruluşun bu dosyayı kullanmasına izin vermiyor; bu yüzden dosya kapalı kalır.</translation>
    </message>
    <message>
        <source>Consent allows only a redacted copy of this file to be used, and none is held here, so it stays closed.</source>
        <translation>Onam bu dosyanın yalnızca karartılmış bir kopyasının kullanılmasına izin veriyor ve burada böyle bir kopya yok; bu yüzden dosya kapalı kalır.</translation>
    </message>
    <message>
        <source>Showing its redacted copy: consent allows only redacted copies to be used.</source>
        <translation>Karartılmış kopyası gösteriliyor: onam yalnızca karartılmış kopyaların kullanılmasına izin veriyor.</translation>
    </message>
    <message>
        <source>A redacted copy: identifying metadata was removed before it was sent.</source>
        <translation>Karartılmış bir kopya: kimliği belli eden meta veriler gönderilmeden önce kaldırıldı.</translation>
    </message>
    <message>
        <source>The original, as recorded: consent allows its use.</source>
        <translation>Kaydedildiği hâliyle asıl dosya: onam kullanılmasına izin veriyor.</translation>
    </message>
    <message>
        <source>redacted copy</source>
        <translation>karartılmış kopya</translation>
    </message>
    <message>
        <source>original</source>
        <translation>özgün</translation>
    </message>
    <message>
        <source>given</source>
        <translation>verildi</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>geri çekildi</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: testimony %2, identity %3, audio %4</source>
        <translation>%1: tanıklık %2, kimlik %3, ses %4</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  yapan: %3</translation>
    </message>
    <message>
        <source>Entered in this vault, not imported.</source>
        <translation>Bu kasaya girildi, içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Cihaz: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Parmak izi: %1</translation>
    </message>
    <message>
        <source>Signature: verified against the enrolled device key</source>
        <translation>İmza: kayıtlı cihaz anahtarıyla doğrulandı</translation>
    </message>
    <message>
        <source>This device has since been revoked.</source>
        <translation>Bu cihaz o zamandan beri geçersiz kılındı.</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>Paketler:</translation>
    </message>
    <message>
        <source>  number %1, sealed %2, imported %3, id %4</source>
        <translation>  numara %1, mühürlendi %2, içe aktarıldı %3, kimlik %4</translation>
    </message>
    <message>
        <source>Record SHA-256: %1</source>
        <translation>Kayıt SHA-256: %1</translation>
    </message>
    <message>
        <source>Custody trail on the device:</source>
        <translation>Cihazdaki gözetim zinciri:</translation>
    </message>
    <message>
        <source>Custody trail in this archive:</source>
        <translation>Bu arşivdeki gözetim zinciri:</translation>
    </message>
</context>
<context>
    <name>InvolvementTable</name>
    <message>
        <source>Persons involved in this incident, with their roles</source>
        <translation>Bu olaya karışan kişiler ve rolleri</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Person (choose, or type the name of a new person)</source>
        <translation>Kişi (seçin ya da yeni bir kişinin adını yazın)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>Bir ad seçin ya da yazın</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>Bu olaydaki rol</translation>
    </message>
    <message>
        <source>Notes on this role</source>
        <translation>Bu rolle ilgili notlar</translation>
    </message>
    <message>
        <source>e.g. told the interrogator what to ask</source>
        <translation>örn. sorgucuya ne soracağını söyledi</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rol ekle</translation>
    </message>
    <message>
        <source>Add this person&apos;s role in the incident</source>
        <translation>Bu kişinin olaydaki rolünü ekle</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolü kaldır</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>Seçili rolü kaldır</translation>
    </message>
    <message>
        <source>%1 (alleged perpetrator)</source>
        <translation>%1 (iddia edilen fail)</translation>
    </message>
    <message>
        <source>Choose a person, or type the name of a new one.</source>
        <translation>Bir kişi seçin ya da yeni birinin adını yazın.</translation>
    </message>
    <message>
        <source>%1 already has this role in this incident.</source>
        <translation>%1 bu olayda zaten bu role sahip.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Bu işi iptal et</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>İptal ediliyor...</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>Anahtarlar ve kişiler</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it out or show it when someone trusts your key:</source>
        <translation>Bu cihazın parmak izi. Birisi anahtarınıza güvenirken bunu sesli okuyun ya da gösterin:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Bu cihazın parmak izi</translation>
    </message>
    <message>
        <source>Save my key file...</source>
        <translation>Anahtar dosyamı kaydet...</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Güvenilen anahtarlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Trust a key file...</source>
        <translation>Bir anahtar dosyasına güven...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>Geçersiz kıl...</translation>
    </message>
    <message>
        <source>Keys this device trusts</source>
        <translation>Bu cihazın güvendiği anahtarlar</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>geçersiz kılındı: %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>güveniliyor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Save my key file</source>
        <translation>Anahtar dosyamı kaydet</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>Anahtar dosyası kaydedildi</translation>
    </message>
    <message>
        <source>The key file is public: it can travel by any channel. Whoever trusts it must check its fingerprint with you.</source>
        <translation>Anahtar dosyası herkese açıktır: herhangi bir kanaldan iletilebilir. Ona güvenecek kişi, parmak izini sizinle birlikte kontrol etmelidir.</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Bir anahtar dosyası seçin</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Bir anahtarı geçersiz kıl</translation>
    </message>
    <message>
        <source>No packet will go to this key again, and none from it will be accepted. Why? (for the custody log)</source>
        <translation>Bu anahtara bir daha hiçbir paket gönderilmeyecek ve ondan gelen hiçbir paket kabul edilmeyecek. Neden? (gözetim zinciri kaydı için)</translation>
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
        <translation>Onam formunun dilini tanık seçsin.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Giriş seviyesi</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Ses yok</translation>
    </message>
    <message>
        <source>Very loud, close to distortion</source>
        <translation>Çok yüksek, bozulmaya yakın</translation>
    </message>
    <message>
        <source>Good level</source>
        <translation>İyi seviye</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Kısık</translation>
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
        <source>&amp;Import an interview (JSON)...</source>
        <translation>Bir görüşmeyi &amp;içe aktar (JSON)...</translation>
    </message>
    <message>
        <source>Record a paper c&amp;onsent...</source>
        <translation>Kâğıt üzerindeki &amp;onamı kaydet...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Bul...</translation>
    </message>
    <message>
        <source>Send to the &amp;coordinator...</source>
        <translation>&amp;Koordinatöre gönder...</translation>
    </message>
    <message>
        <source>Import a &amp;receipt...</source>
        <translation>Alındı &amp;belgesini içe aktar...</translation>
    </message>
    <message>
        <source>P&amp;urge delivered material...</source>
        <translation>Teslim edilenleri &amp;temizle...</translation>
    </message>
    <message>
        <source>&amp;Keys and contacts...</source>
        <translation>A&amp;nahtarlar ve kişiler...</translation>
    </message>
    <message>
        <source>Consent form &amp;recordings...</source>
        <translation>Onam formunun &amp;ses kayıtları...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>Y&amp;edekle...</translation>
    </message>
    <message>
        <source>Recovery s&amp;hares...</source>
        <translation>Kurtarma &amp;parçaları...</translation>
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
        <source>&amp;Archive</source>
        <translation>&amp;Arşiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
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
        <source>That recovery key has a typing mistake: its check letters do not match. Compare every group with the printed key, then type it again.</source>
        <translation>Bu kurtarma anahtarında bir yazım hatası var: denetim harfleri uyuşmuyor. Her grubu basılı anahtarla karşılaştırın, ardından yeniden yazın.</translation>
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
        <source>There is already a vault at %1. It was left untouched: open it, or choose another folder for the new vault.</source>
        <translation>%1 konumunda zaten bir kasa var; ona dokunulmadı. O kasayı açın ya da yeni kasa için başka bir klasör seçin.</translation>
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
        <source>This testimony is finalized and cannot be changed. Add a correction instead: it becomes a new version.</source>
        <translation>Bu tanıklık kesinleştirildi ve değiştirilemez. Bunun yerine bir düzeltme ekleyin: düzeltme yeni bir sürüm olur.</translation>
    </message>
    <message>
        <source>That item no longer exists; it may have been removed.</source>
        <translation>Bu öğe artık yok; kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>%1 matches more than one item. Type more of its id, then try again. Nothing was changed.</source>
        <translation>%1 birden fazla öğeyle eşleşiyor. ID&apos;nin daha fazla karakterini yazıp yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A command link needs two different persons: nobody gives orders to themselves. Nothing was changed.</source>
        <translation>Komuta bağlantısı iki farklı kişi gerektirir: kimse kendine emir vermez. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>That is already recorded, so nothing was added.</source>
        <translation>Bu zaten kayıtlı, bu yüzden hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so nothing was stored. Check that it is the right file, or copy it again from where it came from.</source>
        <translation>%1 boş (0 bayt); bu yüzden hiçbir şey saklanmadı. Doğru dosya olduğunu kontrol edin ya da dosyayı geldiği yerden yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Testimony Recorder can keep, so nothing was stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text.</source>
        <translation>%1, Testimony Recorder&apos;ın saklayabildiği bir dosya türü değil; bu yüzden hiçbir şey saklanmadı. Kabul edilen türler: ses (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), resim (JPEG, PNG, WebP), PDF ve düz metin.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it was probably cut off while it was being copied, so nothing was stored. Copy it again from where it came from, then add it again.</source>
        <translation>%1 eksik: büyük olasılıkla kopyalanırken yarıda kesildi; bu yüzden hiçbir şey saklanmadı. Dosyayı geldiği yerden yeniden kopyalayıp tekrar ekleyin.</translation>
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
        <source>%1 cannot be read as the kind of file it claims to be, so nothing was stored. Open it on the device it came from to check it, then copy it again.</source>
        <translation>%1, olduğunu iddia ettiği dosya türü olarak okunamıyor; bu yüzden hiçbir şey saklanmadı. Kontrol etmek için geldiği cihazda açın, ardından yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>%1 is not the file that was expected (its fingerprint differs), so nothing was stored.</source>
        <translation>%1 beklenen dosya değil (parmak izi farklı); bu yüzden hiçbir şey saklanmadı.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered, so it cannot be opened. The record and its fingerprint are intact; restore the vault&apos;s media folder from a backup.</source>
        <translation>Saklanan bir dosya bozuk ya da değiştirilmiş; bu yüzden açılamıyor. Kayıt ve parmak izi sağlam; kasanın medya klasörünü yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>A shareable copy without identifying details could not be made of %1. The original is unchanged; the file will not be shared.</source>
        <translation>%1 için kimlik belli eden ayrıntılar içermeyen, paylaşılabilir bir kopya oluşturulamadı. Orijinal değişmedi; dosya paylaşılmayacak.</translation>
    </message>
    <message>
        <source>%1 is too large to be played inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1, uygulama içinde dinlenemeyecek kadar büyük. Kasada güvenle saklanmaya devam ediyor; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The recording stopped because of a problem with the microphone or the disk. Everything recorded until then was kept.</source>
        <translation>Mikrofon ya da diskle ilgili bir sorun nedeniyle kayıt durdu. O ana kadar kaydedilen her şey saklandı.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or choose it in Settings), then try again.</source>
        <translation>Mikrofon bulunamadı. Bir mikrofon bağlayın (ya da Ayarlar&apos;da seçin), ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>This file is the proof of a consent record, so it cannot be deleted.</source>
        <translation>Bu dosya bir onam kaydının kanıtıdır; bu yüzden silinemez.</translation>
    </message>
    <message>
        <source>No consent is recorded for this interview, so nothing about it can leave this device. Take the witness&apos;s consent first.</source>
        <translation>Bu görüşme için onam kaydedilmedi; bu yüzden onunla ilgili hiçbir şey bu cihazdan çıkamaz. Önce tanığın onamını alın.</translation>
    </message>
    <message>
        <source>The witness withdrew consent for this interview.</source>
        <translation>Tanık bu görüşme için onamını geri çekti.</translation>
    </message>
    <message>
        <source>The witness did not agree to audio recording, so the recorder is off for this interview.</source>
        <translation>Tanık ses kaydına onam vermedi; bu yüzden bu görüşmede ses kaydı kapalı.</translation>
    </message>
    <message>
        <source>This consent does not follow the consent in force (it was changed meanwhile). Open the interview again and repeat the step.</source>
        <translation>Bu onam, geçerli onamın devamı değil (onam bu arada değiştirilmiş). Görüşmeyi yeniden açıp adımı tekrarlayın.</translation>
    </message>
    <message>
        <source>The consent steps were not completed in order. Start again from the first step.</source>
        <translation>Onam adımları sırayla tamamlanmadı. İlk adımdan yeniden başlayın.</translation>
    </message>
    <message>
        <source>The consent text for this language is missing from this installation. Choose another language or reinstall the app.</source>
        <translation>Bu dile ait onam metni bu kurulumda yok. Başka bir dil seçin ya da uygulamayı yeniden kurun.</translation>
    </message>
    <message>
        <source>The consent text of this installation is damaged. Reinstall the app.</source>
        <translation>Bu kurulumun onam metni bozuk. Uygulamayı yeniden kurun.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this key file. The key was NOT trusted. Check with its owner in person: someone may have swapped the file.</source>
        <translation>Yazdığınız parmak izi bu anahtar dosyasıyla eşleşmiyor. Anahtara GÜVENİLMEDİ. Sahibiyle yüz yüze kontrol edin: birisi dosyayı değiştirmiş olabilir.</translation>
    </message>
    <message>
        <source>This key was revoked earlier; it cannot be trusted again.</source>
        <translation>Bu anahtar daha önce geçersiz kılındı; ona yeniden güvenilemez.</translation>
    </message>
    <message>
        <source>No trusted key matches %1.</source>
        <translation>%1 ile eşleşen güvenilir bir anahtar yok.</translation>
    </message>
    <message>
        <source>More than one trusted key matches %1. Type more of the fingerprint.</source>
        <translation>%1 ile birden fazla güvenilen anahtar eşleşiyor. Parmak izinin daha fazla karakterini yazın.</translation>
    </message>
    <message>
        <source>That body is not among those the consent form asks about, so consent could never allow sharing with it.</source>
        <translation>Bu kurum, onam formunun sorduğu kurumlar arasında değil; bu yüzden onam, onunla paylaşıma hiçbir zaman izin veremez.</translation>
    </message>
    <message>
        <source>That is this device&apos;s own key; it does not need to be trusted.</source>
        <translation>Bu, bu cihazın kendi anahtarı; ona güvenilmesine gerek yok.</translation>
    </message>
    <message>
        <source>This vault does not hold the private key needed for that.</source>
        <translation>Bu kasa, bunun için gereken özel anahtarı içermiyor.</translation>
    </message>
    <message>
        <source>This vault has no witness-identity key.</source>
        <translation>Bu kasada tanık kimliği anahtarı yok.</translation>
    </message>
    <message>
        <source>Choose at least one trusted recipient.</source>
        <translation>En az bir güvenilen alıcı seçin.</translation>
    </message>
    <message>
        <source>Cannot send to %1: its key file lacks a key this needs. Ask for a new key file and trust it again.</source>
        <translation>%1 alıcısına gönderilemiyor: anahtar dosyasında gereken bir anahtar eksik. Yeni bir anahtar dosyası isteyin ve ona yeniden güvenin.</translation>
    </message>
    <message>
        <source>There is nothing to send: no finalized interview is new or changed since the last packet.</source>
        <translation>Gönderilecek bir şey yok: son paketten bu yana yeni ya da değişmiş, kesinleşmiş görüşme yok.</translation>
    </message>
    <message>
        <source>Something changed after the preview. Go back and check the preview again.</source>
        <translation>Önizlemeden sonra bir şey değişti. Geri dönüp önizlemeyi yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>The packet would be too large. Send fewer interviews at a time.</source>
        <translation>Paket çok büyük olacak. Tek seferde daha az görüşme gönderin.</translation>
    </message>
    <message>
        <source>A stored file does not match its record, so the packet was not written. Nothing was sent.</source>
        <translation>Saklanan bir dosya kaydıyla eşleşmiyor; bu yüzden paket yazılmadı. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>%1 konumunun bulunduğu disk dolu. Bu adım kaydedilmedi; biraz yer açıp yeniden deneyin. Daha önce kaydedilen her şey güvende.</translation>
    </message>
    <message>
        <source>Some of this information is not valid, so it was not saved. Check what you entered, then try again.</source>
        <translation>Bu bilgilerin bir kısmı geçerli değil; bu yüzden kaydedilmedi. Girdiklerinizi kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown inside the app. It stays safe in the vault; nothing was changed.</source>
        <translation>%1, uygulama içinde gösterilemeyecek kadar büyük. Kasada güvenle saklanmaya devam ediyor; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1 could not be shown: it is damaged, or of a kind the app cannot show. It stays in the vault as it came; nothing was changed.</source>
        <translation>%1 gösterilemedi: bozuk ya da uygulamanın gösteremediği bir türde. Kasada geldiği gibi duruyor; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The microphone %1 was not found. Check that it is connected, or choose another one in Settings.</source>
        <translation>%1 mikrofonu bulunamadı. Bağlı olduğunu kontrol edin ya da Ayarlar&apos;da başka bir mikrofon seçin.</translation>
    </message>
    <message>
        <source>This consent cannot be recorded: the answers do not fit the consent form. Go back to the review and check every answer.</source>
        <translation>Bu onam kaydedilemiyor: cevaplar onam formuna uymuyor. Gözden geçirme sayfasına dönüp her cevabı kontrol edin.</translation>
    </message>
    <message>
        <source>The proof of consent was not accepted: it must be a picture, PDF or audio file of this interview, not empty, not too large, and not the proof of another consent. Nothing was saved.</source>
        <translation>Onam kanıtı kabul edilmedi: bu görüşmeye ait bir resim, PDF ya da ses dosyası olmalı; boş olmamalı, çok büyük olmamalı ve başka bir onamın kanıtı olmamalı. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>%1 is not a valid key file, or it was damaged. Nothing was trusted; ask its owner for a fresh copy.</source>
        <translation>%1 geçerli bir anahtar dosyası değil ya da bozulmuş. Hiçbir şeye güvenilmedi; sahibinden yeni bir kopya isteyin.</translation>
    </message>
    <message>
        <source>The key of %1 was revoked, so nothing can be sent to it. Choose another recipient.</source>
        <translation>%1 anahtarı geçersiz kılındı; bu yüzden ona hiçbir şey gönderilemez. Başka bir alıcı seçin.</translation>
    </message>
    <message>
        <source>The key file of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>%1 anahtar dosyası kuantum sonrası şifrelemeyi desteklemiyor. Sahibinden yeni bir anahtar dosyası isteyin ya da kuantum sonrası şifreleme olmadan gönderin.</translation>
    </message>
    <message>
        <source>The witness-identity key of %1 cannot receive post-quantum encryption. Ask its owner for a new key file, or send without post-quantum encryption.</source>
        <translation>%1 için tanık kimliği anahtarı kuantum sonrası şifrelemeyi desteklemiyor. Sahibinden yeni bir anahtar dosyası isteyin ya da kuantum sonrası şifreleme olmadan gönderin.</translation>
    </message>
    <message>
        <source>The export steps were not taken in order. Close the export and start it again; nothing was written.</source>
        <translation>Dışa aktarma adımları sırayla izlenmedi. Dışa aktarmayı kapatıp yeniden başlatın; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>An interview was deleted, or its final version was reopened, while the packet was being sealed. Nothing was written; go back and check the preview again.</source>
        <translation>Paket mühürlenirken bir görüşme silindi ya da kesinleşmiş sürümü yeniden açıldı. Hiçbir şey yazılmadı; geri dönüp önizlemeyi yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>A file of this interview is larger than 8 GiB, more than a packet can carry, so nothing was written. Ask your coordinator how to deliver it.</source>
        <translation>Bu görüşmenin bir dosyası 8 GiB&apos;tan büyük, yani bir paketin taşıyabileceğinden fazla; bu yüzden hiçbir şey yazılmadı. Nasıl teslim edeceğinizi koordinatörünüze sorun.</translation>
    </message>
    <message>
        <source>%1 cannot be read (it may have been moved, or be too large). Nothing was changed; choose the file again.</source>
        <translation>%1 okunamıyor (taşınmış ya da çok büyük olabilir). Hiçbir şey değiştirilmedi; dosyayı yeniden seçin.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was written; choose another place or free some space.</source>
        <translation>%1 yazılamıyor. Hiçbir şey yazılmadı; başka bir yer seçin ya da biraz yer açın.</translation>
    </message>
    <message>
        <source>That piece size cannot be used.</source>
        <translation>Bu parça boyutu kullanılamaz.</translation>
    </message>
    <message>
        <source>A file with that name already exists there; nothing was written.</source>
        <translation>Orada bu adda bir dosya zaten var; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>This file is not a Testimony Recorder packet.</source>
        <translation>Bu dosya bir Testimony Recorder paketi değil.</translation>
    </message>
    <message>
        <source>This packet is incomplete: it was cut short, probably while being copied. Copy it again from the original.</source>
        <translation>Bu paket eksik: büyük olasılıkla kopyalanırken yarıda kesildi. Orijinalinden yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>This packet was altered or damaged after it was sealed. Do not use it; ask the sender for a new copy. Nothing was imported.</source>
        <translation>Bu paket mühürlendikten sonra değiştirilmiş ya da bozulmuş. Kullanmayın; gönderenden yeni bir kopya isteyin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet is not addressed to this vault. Nothing was imported.</source>
        <translation>Bu paket bu kasaya gönderilmemiş. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>A piece of this packet is missing. Put every piece (.001, .002, ...) in the same folder and try again.</source>
        <translation>Bu paketin bir parçası eksik. Tüm parçaları (.001, .002, ...) aynı klasöre koyup yeniden deneyin.</translation>
    </message>
    <message>
        <source>This packet cannot be read. Nothing was imported.</source>
        <translation>Bu paket okunamıyor. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet was signed by a key this vault does not trust (%1). Nothing was imported. Trust the sender&apos;s key first, after checking its fingerprint.</source>
        <translation>Bu paket, bu kasanın güvenmediği bir anahtarla imzalanmış (%1). Hiçbir şey içe aktarılmadı. Önce parmak izini kontrol edip gönderenin anahtarına güvenin.</translation>
    </message>
    <message>
        <source>This packet was signed by a revoked key (%1). Nothing was imported.</source>
        <translation>Bu paket geçersiz kılınmış bir anahtarla imzalanmış (%1). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet&apos;s signature is not valid: it is forged or was altered. Nothing was imported.</source>
        <translation>Bu paketin imzası geçersiz: sahte ya da değiştirilmiş. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet was already received (or is an old copy played back). Nothing was imported.</source>
        <translation>Bu paket daha önce alınmış (ya da yeniden gönderilmiş eski bir kopya). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet contains a damaged part. It was refused; nothing was imported.</source>
        <translation>Bu paket bozuk bir bölüm içeriyor. Reddedildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet contains a part with an unsafe name. It was refused; nothing was imported.</source>
        <translation>Bu paket, adı güvenli olmayan bir bölüm içeriyor. Reddedildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet contains a part over the size limit. It was refused; nothing was imported.</source>
        <translation>Bu paket, boyut sınırını aşan bir bölüm içeriyor. Reddedildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>This packet was made by a newer version of Testimony Recorder. Update the app, then import it again.</source>
        <translation>Bu paket Testimony Recorder&apos;ın daha yeni bir sürümüyle oluşturulmuş. Uygulamayı güncelleyin, ardından yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>This packet carries more than its witnesses agreed to share. It was refused; nothing was imported.</source>
        <translation>Bu paket, tanıklarının paylaşmayı kabul ettiğinden fazlasını taşıyor. Reddedildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>An interview in this packet belongs to another device. It was refused; nothing was imported.</source>
        <translation>Bu paketteki bir görüşme başka bir cihaza ait. Reddedildi; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>What can be purged changed after the list was shown (%1), so nothing was purged. Look at the list again.</source>
        <translation>Liste gösterildikten sonra temizlenebilecekler değişti (%1), bu yüzden hiçbir şey temizlenmedi. Listeye yeniden bakın.</translation>
    </message>
    <message>
        <source>This is not a valid receipt for this vault.</source>
        <translation>Bu, bu kasa için geçerli bir alındı belgesi değil.</translation>
    </message>
    <message>
        <source>No imported packet from that sender is waiting for a receipt.</source>
        <translation>O gönderenden içe aktarılmış ve alındı belgesi bekleyen bir paket yok.</translation>
    </message>
    <message>
        <source>Packet %1 from %2 (device %3) has not arrived. Ask the sender for it.</source>
        <translation>%2 tarafından gönderilen (cihaz %3) %1 numaralı paket ulaşmadı. Gönderenden isteyin.</translation>
    </message>
    <message>
        <source>Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender for them.</source>
        <translation>%3 tarafından gönderilen (cihaz %4) %1 ile %2 arası numaralı paketler ulaşmadı. Gönderenden isteyin.</translation>
    </message>
    <message>
        <source>This packet names %1 as the one before it, but the packet %2 received from this sender is %3. Ask the sender which is right.</source>
        <translation>Bu paket kendinden öncekinin %1 olduğunu söylüyor, ancak bu gönderenden alınan %2 numaralı paket %3. Hangisinin doğru olduğunu gönderene sorun.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log continues what it sent before.</source>
        <translation>Gönderenin gözetim zinciri kaydı, daha önce gönderdiklerinin devamı.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from the start.</source>
        <translation>Bu gönderenden gelen ilk paket: gözetim zinciri kaydı baştan itibaren kontrol edildi.</translation>
    </message>
    <message>
        <source>First packet from this sender: its custody log was checked from entry %1.</source>
        <translation>Bu gönderenden gelen ilk paket: gözetim zinciri kaydı %1 numaralı girdiden itibaren kontrol edildi.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log cannot be linked yet: entries %1 to %2 come in packets that have not arrived.</source>
        <translation>Gönderenin gözetim zinciri kaydı henüz bağlanamıyor: %1 ile %2 arasındaki girdiler ulaşmamış paketlerde.</translation>
    </message>
    <message>
        <source>The sender&apos;s custody log no longer matches what it sent before (entry %1 changed): its history was rewritten. Ask the sender why before relying on this packet.</source>
        <translation>Gönderenin gözetim zinciri kaydı, daha önce gönderdikleriyle artık uyuşmuyor (%1 numaralı girdi değişmiş): geçmişi yeniden yazılmış. Bu pakete güvenmeden önce nedenini gönderene sorun.</translation>
    </message>
    <message>
        <source>This is an interviewer&apos;s vault. The archive is kept in a coordinator&apos;s vault.</source>
        <translation>Bu bir görüşmeci kasası. Arşiv, koordinatör kasasında tutulur.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write a year, a year and month, or a full date (2024, 2024-03 or 2024-03-06).</source>
        <translation>%1 bir tarih değil. Bir yıl, bir yıl ve ay ya da tam bir tarih yazın (2024, 2024-03 veya 2024-03-06).</translation>
    </message>
    <message>
        <source>%1 is not a value this filter takes.</source>
        <translation>%1, bu filtrenin kabul ettiği bir değer değil.</translation>
    </message>
    <message>
        <source>The key %1 does not belong to an interviewer&apos;s device. It was not enrolled.</source>
        <translation>%1 anahtarı bir görüşmeci cihazına ait değil. Cihaz olarak kaydedilmedi.</translation>
    </message>
    <message>
        <source>No enrolled device matches %1.</source>
        <translation>%1 ile eşleşen kayıtlı bir cihaz yok.</translation>
    </message>
    <message>
        <source>No entry of the perpetrator index matches %1.</source>
        <translation>Fail dizininde %1 ile eşleşen bir girdi yok.</translation>
    </message>
    <message>
        <source>%1 matches more than one entry of the perpetrator index. Choose one from the list.</source>
        <translation>%1, fail dizininde birden fazla girdiyle eşleşiyor. Listeden birini seçin.</translation>
    </message>
    <message>
        <source>%1 and %2 are already one entry. Nothing was changed.</source>
        <translation>%1 ve %2 zaten tek bir girdi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Only two persons or two units can be merged, not a person with a unit. Nothing was changed.</source>
        <translation>Yalnızca iki kişi ya da iki birlik birleştirilebilir; bir kişi bir birlikle birleştirilemez. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>No merge in force matches %1; it may have been undone already. Nothing was changed.</source>
        <translation>%1 ile eşleşen geçerli bir birleştirme yok; daha önce geri alınmış olabilir. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Identities stay sealed until the witness-identity key is opened. Open it first (protection staff keep it).</source>
        <translation>Tanık kimliği anahtarı açılana kadar kimlikler mühürlü kalır. Önce anahtarı açın (koruma ekibi bu anahtarı saklar).</translation>
    </message>
    <message>
        <source>That is not this archive&apos;s witness-identity key. No identity was revealed.</source>
        <translation>Bu, bu arşivin tanık kimliği anahtarı değil. Hiçbir kimlik gösterilmedi.</translation>
    </message>
    <message>
        <source>The witnesses agreed to share none of the selected testimonies with this body, so there is nothing to export. Nothing was written.</source>
        <translation>Tanıklar seçilen tanıklıkların hiçbirini bu kurumla paylaşmayı kabul etmedi; dışa aktarılacak bir şey yok. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was written.</source>
        <translation>%1 zaten var. Başka bir ad seçin; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>An encrypted export is sealed to the investigator&apos;s key: choose their trusted key. Nothing was written.</source>
        <translation>Şifreli dışa aktarım soruşturmacının anahtarına mühürlenir: onun güvenilen anahtarını seçin. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The key %1 belongs to another body than the one chosen. Consent was checked for the chosen body only, so nothing was sealed to this key.</source>
        <translation>%1 anahtarı seçilenden başka bir kuruma ait. Onam yalnızca seçilen kurum için kontrol edildi; bu yüzden bu anahtara hiçbir şey mühürlenmedi.</translation>
    </message>
    <message>
        <source>The key %1 was revoked or cannot be sealed to. Nothing was written.</source>
        <translation>%1 anahtarı geçersiz kılınmış ya da ona mühürlenemiyor. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The testimony %1 changed after the preview (its consent or its record). Look at the preview again; nothing was written.</source>
        <translation>%1 tanıklığı önizlemeden sonra değişti (onamı ya da kaydı). Önizlemeye yeniden bakın; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>A stored file does not match its recorded fingerprint, so the case export was stopped. Nothing was written.</source>
        <translation>Saklanan bir dosya kayıtlı parmak iziyle eşleşmiyor; bu yüzden dosya dışa aktarımı durduruldu. Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>That form of export is not known. Choose a folder, a zip file or an encrypted file.</source>
        <translation>Bu dışa aktarım biçimi bilinmiyor. Bir klasör, bir zip dosyası ya da şifreli bir dosya seçin.</translation>
    </message>
    <message>
        <source>Reports cannot be written in that language. Choose another one.</source>
        <translation>Raporlar bu dilde yazılamıyor. Başka bir dil seçin.</translation>
    </message>
    <message>
        <source>The case export steps were not taken in order. Start again from the first step.</source>
        <translation>Dosya dışa aktarımı adımları sırayla izlenmedi. İlk adımdan yeniden başlayın.</translation>
    </message>
    <message>
        <source>Say why the identity is needed: each reveal is written in the custody log with its reason. Nothing was revealed.</source>
        <translation>Kimliğin neden gerektiğini yazın: her gösterim, nedeniyle birlikte gözetim zinciri kaydına yazılır. Hiçbir şey gösterilmedi.</translation>
    </message>
    <message>
        <source>The archive holds no identity for this witness: consent did not allow it to be shared, or it was destroyed.</source>
        <translation>Arşivde bu tanığa ait kimlik yok: ya onam paylaşılmasına izin vermedi ya da kimlik yok edildi.</translation>
    </message>
    <message>
        <source>The import cannot do that now. Wait until it has finished.</source>
        <translation>İçe aktarma bunu şu anda yapamaz. Bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>No stored import report matches %1.</source>
        <translation>%1 ile eşleşen kayıtlı bir içe aktarma raporu yok.</translation>
    </message>
    <message>
        <source>The duplicate-witness fingerprints of one interview in this packet could not be kept; the interview itself was imported.</source>
        <translation>Bu paketteki bir görüşmenin mükerrer tanık parmak izleri saklanamadı; görüşmenin kendisi içe aktarıldı.</translation>
    </message>
    <message>
        <source>This vault has no organisation linkage key yet. Trust your coordinator&apos;s key file made for this device; it carries the key.</source>
        <translation>Bu kasada henüz kuruluş eşleştirme anahtarı yok. Koordinatörünüzün bu cihaz için hazırladığı anahtar dosyasına güvenin; anahtar bu dosyadadır.</translation>
    </message>
    <message>
        <source>The organisation linkage key is kept under the witness-identity key, which is not in this vault. Ask protection staff to do this.</source>
        <translation>Kuruluş eşleştirme anahtarı, bu kasada bulunmayan tanık kimliği anahtarıyla korunur. Bu işlemi koruma ekibinden isteyin.</translation>
    </message>
    <message>
        <source>The key file of %1 carries a linkage key made for another device. Nothing was trusted; ask the coordinator for a key file made for this device.</source>
        <translation>%1 anahtar dosyası başka bir cihaz için hazırlanmış bir eşleştirme anahtarı taşıyor. Hiçbir şeye güvenilmedi; koordinatörden bu cihaz için hazırlanmış bir anahtar dosyası isteyin.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s vault can do this.</source>
        <translation>Bunu yalnızca bir koordinatör kasası yapabilir.</translation>
    </message>
    <message>
        <source>No witness in this vault has the code %1.</source>
        <translation>Bu kasada %1 kodlu bir tanık yok.</translation>
    </message>
    <message>
        <source>A pair needs two different witnesses; %1 was given twice.</source>
        <translation>Bir çift için iki farklı tanık gerekir; %1 iki kez verildi.</translation>
    </message>
    <message>
        <source>%1 is not a prior-interview index for this device. Nothing was changed; ask your coordinator for a fresh one.</source>
        <translation>%1, bu cihaz için hazırlanmış bir önceki görüşmeler dizini değil. Hiçbir şey değiştirilmedi; koordinatörünüzden yenisini isteyin.</translation>
    </message>
    <message>
        <source>These recovery shares do not open this vault: they belong to another vault, or newer shares replaced them. Nothing was changed.</source>
        <translation>Bu kurtarma parçaları bu kasayı açmıyor: başka bir kasaya ait ya da yerlerini daha yeni parçalar aldı. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This needs %1 different recovery shares; %2 were given. Type them with an empty line between them. Nothing was changed.</source>
        <translation>Bunun için %1 farklı kurtarma parçası gerekiyor; %2 tane verildi. Aralarında boş bir satır bırakarak yazın. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Share %1 cannot be read. Compare each word with the paper; nothing was changed.</source>
        <translation>%1. parça okunamıyor. Her kelimeyi kâğıtla karşılaştırın; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This identity is sealed to the organisation&apos;s witness-identity key, so it cannot be read on this device. To correct it, enter it again.</source>
        <translation>Bu kimlik kuruluşun tanık kimliği anahtarına mühürlü; bu yüzden bu cihazda okunamaz. Düzeltmek için yeniden girin.</translation>
    </message>
    <message>
        <source>No witness-identity key is enrolled yet. Trust your coordinator&apos;s key file first (Keys and contacts); it carries the key. Nothing was sealed.</source>
        <translation>Henüz tanık kimliği anahtarı kaydedilmedi. Önce koordinatörünüzün anahtar dosyasına güvenin (Anahtarlar ve kişiler); anahtar onun içinde. Hiçbir şey mühürlenmedi.</translation>
    </message>
    <message>
        <source>A duress passphrase cannot be set or removed here. Nothing was changed.</source>
        <translation>Baskı parolası burada belirlenemez ya da kaldırılamaz. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault&apos;s passphrase. Nothing was changed.</source>
        <translation>Baskı parolası kasanın parolasından farklı olmalı. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The decoy content does not fit in %1 KiB. Choose fewer or shorter interviews. Nothing was changed.</source>
        <translation>Göstermelik içerik %1 KiB’a sığmıyor. Daha az ya da daha kısa görüşmeler seçin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This file cannot be used as decoy content. It must be interview JSON holding a few interviews without attachments or consent records. Nothing was changed.</source>
        <translation>Bu dosya göstermelik içerik olarak kullanılamaz. Ek dosyası ya da onam kaydı olmayan birkaç görüşme içeren görüşme JSON’u olmalıdır. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>This vault&apos;s recovery key was made before backups existed. Make a new recovery key first (the old one then stops working). Nothing was written.</source>
        <translation>Bu kasanın kurtarma anahtarı yedekler var olmadan önce oluşturuldu. Önce yeni bir kurtarma anahtarı oluşturun (eskisi o zaman çalışmaz). Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder. Choose a place outside it, such as a USB stick; nothing was written.</source>
        <translation>%1 kasa klasörünün içinde. Dışında bir yer seçin, örneğin bir USB bellek; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>%1 does not open with this recovery key. It is another vault&apos;s backup, or one made before the recovery key was replaced.</source>
        <translation>%1 bu kurtarma anahtarıyla açılmıyor. Başka bir kasanın yedeği ya da kurtarma anahtarı değiştirilmeden önce alınmış bir yedek.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered after it was made. Do not rely on it; nothing was restored.</source>
        <translation>%1 bozuk ya da oluşturulduktan sonra değiştirilmiş. Ona güvenmeyin; hiçbir şey geri yüklenmedi.</translation>
    </message>
    <message>
        <source>These backups do not follow one another. Give the full backup first, then each later one in order. Nothing was restored.</source>
        <translation>Bu yedekler birbirini izlemiyor. Önce tam yedeği, sonra sonrakilerin her birini sırayla verin. Hiçbir şey geri yüklenmedi.</translation>
    </message>
    <message>
        <source>There is already a vault at %1. It was left untouched.</source>
        <translation>%1 konumunda zaten bir kasa var. Ona dokunulmadı.</translation>
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
    <name>OutputFolder</name>
    <message>
        <source>Choose a folder, for example on a memory stick</source>
        <translation>Bir klasör seçin, örneğin bir USB bellekte</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>%1: details</source>
        <translation>%1: ayrıntılar</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: gün</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: ay</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: yıl</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>Yılı girin.</translation>
    </message>
    <message>
        <source>Enter a year between %1 and %2.</source>
        <translation>%1 ile %2 arasında bir yıl girin.</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>Ayı seçin.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Günü seçin.</translation>
    </message>
    <message>
        <source>Choose the month of that day.</source>
        <translation>O günün ayını seçin.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>O ayda %1. gün yok.</translation>
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
    <name>Perpetrators</name>
    <message>
        <source>same name, other spelling</source>
        <translation>aynı ad, başka yazım</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>benzer ad</translation>
    </message>
    <message>
        <source>alias matches</source>
        <translation>takma ad eşleşiyor</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>aynı birlik</translation>
    </message>
    <message>
        <source>different units</source>
        <translation>farklı birlikler</translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>aynı rütbe</translation>
    </message>
</context>
<context>
    <name>PerpetratorsView</name>
    <message>
        <source>Alleged perpetrators</source>
        <translation>İddia edilen failler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tanıklar</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Görüşmeciler</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Tanıklıklar</translation>
    </message>
    <message>
        <source>Aliases and spellings</source>
        <translation>Takma adlar ve yazımlar</translation>
    </message>
    <message>
        <source>Affiliation, unit, rank</source>
        <translation>Bağlılık, birlik, rütbe</translation>
    </message>
    <message>
        <source>Find by name, in any spelling</source>
        <translation>Ada göre bulun, her yazılışıyla</translation>
    </message>
    <message>
        <source>Find an alleged perpetrator by name</source>
        <translation>İddia edilen bir faili adıyla bulun</translation>
    </message>
    <message>
        <source>Allegations and corroboration</source>
        <translation>İddialar ve doğrulama</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Önerilen birleştirmeler</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Birinci</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>İkinci</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Benzerlik puanı</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Birleştir...</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>Birleştirme geçmişi</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Korunan</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>İçine birleştirilen</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Birleştirme tarihi</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Geri alındı</translation>
    </message>
    <message>
        <source>&amp;Undo merge...</source>
        <translation>Birleştirmeyi &amp;geri al...</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>İddialar</translation>
    </message>
    <message numerus="yes">
        <source>%n alleged perpetrators</source>
        <translation>
            <numerusform>%n iddia edilen fail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An allegation: %1 the role (&quot;Carried it out&quot;), %2 the violation, %3 who backs it (&quot;2 witnesses, 1 interviewer, and 2 testimonies&quot;).</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>birlik</translation>
    </message>
    <message>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <source>no violation type</source>
        <translation>ihlal türü yok</translation>
    </message>
    <message>
        <source>Incidents between %1 and %2</source>
        <translation>%1 ile %2 arasındaki olaylar</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Yerler: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>Treat %1 and %2 as one %3? Their testimonies and corroboration are counted together. The merge is written in the custody log and can be undone.</source>
        <translation>%1 ve %2 tek bir %3 olarak sayılsın mı? Tanıklıkları ve doğrulamaları birlikte sayılır. Birleştirme gözetim zinciri kaydına yazılır ve geri alınabilir.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Birleştirmeyi geri al</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both are listed apart again; the merge stays in the history as undone.</source>
        <translation>%1 öğesinin %2 içine birleştirilmesi geri alınsın mı? İkisi yeniden ayrı listelenir; birleştirme geçmişte geri alınmış olarak kalır.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name, nickname or how the witness refers to them</source>
        <translation>Ad, lakap ya da tanığın ondan nasıl söz ettiği</translation>
    </message>
    <message>
        <source>Other names (separated by commas)</source>
        <translation>Diğer adlar (virgülle ayrılmış)</translation>
    </message>
    <message>
        <source>Affiliation (force, group, service)</source>
        <translation>Bağlı olduğu yapı (kuvvet, grup, teşkilat)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rütbe</translation>
    </message>
    <message>
        <source>Position or function</source>
        <translation>Görev veya işlev</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Age group at the time of the events</source>
        <translation>Olaylar sırasındaki yaş grubu</translation>
    </message>
    <message>
        <source>Description of the person</source>
        <translation>Kişinin tarifi</translation>
    </message>
    <message>
        <source>Appearance, age, what they did, how the witness knows them.</source>
        <translation>Görünüş, yaş, ne yaptığı, tanığın onu nereden tanıdığı.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Bağlılık</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Yaş grubu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>At most %1 other names of up to 300 characters each; they were not saved.</source>
        <translation>En fazla %1 diğer ad, her biri en çok 300 karakter; kaydedilmediler.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters; shorten it to save it.</source>
        <translation>Tarif %1 karakterden uzun; kaydetmek için kısaltın.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Persons named in this interview</source>
        <translation>Bu görüşmede adı geçen kişiler</translation>
    </message>
    <message>
        <source>Name or description of a new person</source>
        <translation>Yeni bir kişinin adı ya da tarifi</translation>
    </message>
    <message>
        <source>New person: name or description</source>
        <translation>Yeni kişi: ad ya da tarif</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Add a person with this name</source>
        <translation>Bu adla bir kişi ekle</translation>
    </message>
    <message>
        <source>Remove person...</source>
        <translation>Kişiyi kaldır...</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Seçili kişiyi kaldır</translation>
    </message>
    <message>
        <source>No persons yet. Type a name or a description above and press Enter.</source>
        <translation>Henüz kişi yok. Yukarıya bir ad ya da tarif yazıp Enter’a basın.</translation>
    </message>
    <message>
        <source>Remove the person?</source>
        <translation>Kişi kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Remove %1 from this interview, with their roles in incidents and their command links? The removal is written in the custody log.</source>
        <translation>%1 bu görüşmeden, olaylardaki rolleri ve komuta bağlantılarıyla birlikte kaldırılsın mı? Kaldırma işlemi gözetim zinciri kaydına yazılır.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <source>Name of the place</source>
        <translation>Yerin adı</translation>
    </message>
    <message>
        <source>e.g. the checkpoint at the town entrance</source>
        <translation>örn. kasaba girişindeki kontrol noktası</translation>
    </message>
    <message>
        <source>Governorate or area (choose or type)</source>
        <translation>İl veya bölge (seçin ya da yazın)</translation>
    </message>
    <message>
        <source>Choose from the list or type</source>
        <translation>Listeden seçin ya da yazın</translation>
    </message>
    <message>
        <source>Latitude, in decimal degrees (-90 to 90)</source>
        <translation>Enlem, ondalık derece olarak (-90 ile 90 arası)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <source>Longitude, in decimal degrees (-180 to 180)</source>
        <translation>Boylam, ondalık derece olarak (-180 ile 180 arası)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <source>How far off the coordinates may be, in metres</source>
        <translation>Koordinatların olası sapması, metre olarak</translation>
    </message>
    <message>
        <source>precision not known</source>
        <translation>hassasiyet bilinmiyor</translation>
    </message>
    <message>
        <source>within </source>
        <translation>± </translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <source>The latitude must be a number between -90 and 90 (for example 36.2). It was not saved.</source>
        <translation>Enlem -90 ile 90 arasında bir sayı olmalı (örneğin 36.2). Kaydedilmedi.</translation>
    </message>
    <message>
        <source>The longitude must be a number between -180 and 180 (for example 37.15). It was not saved.</source>
        <translation>Boylam -180 ile 180 arasında bir sayı olmalı (örneğin 37.15). Kaydedilmedi.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Enlem ve boylamın ikisini birden girin ya da hiçbirini girmeyin.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Oynatıcı</translation>
    </message>
    <message>
        <source>Choose an audio attachment and press Play.</source>
        <translation>Bir ses eki seçip Dinle&apos;ye basın.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Kayıttaki konum</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Markers; choose one to listen from there</source>
        <translation>İşaretler; oradan dinlemek için birini seçin</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>İşaretler</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 yükleniyor...</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be heard. Connect speakers or headphones (or check the system&apos;s sound settings), then press Play again.</source>
        <translation>Ses çıkışı bulunamadı, bu yüzden hiçbir şey duyulamıyor. Hoparlör ya da kulaklık bağlayın (veya sistemin ses ayarlarını kontrol edin), ardından Dinle düğmesine yeniden basın.</translation>
    </message>
    <message>
        <source>The sound output stopped or refused this file, so nothing is playing. Check the speakers or headphones and the system&apos;s sound settings, then press Play again.</source>
        <translation>Ses çıkışı durdu ya da bu dosyayı reddetti, bu yüzden hiçbir şey çalmıyor. Hoparlörleri ya da kulaklığı ve sistemin ses ayarlarını kontrol edin, ardından Dinle düğmesine yeniden basın.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <source>Preparing the archive for this version of the app. This happens once; with many thousands of testimonies it takes a few minutes. Nothing is lost if the app is closed meanwhile: it starts again at the next unlock.</source>
        <extracomment>Shown once after an update, while every testimony of the archive is indexed.</extracomment>
        <translation>Arşiv, uygulamanın bu sürümü için hazırlanıyor. Bu yalnızca bir kez olur; binlerce tanıklık varsa birkaç dakika sürer. Bu sırada uygulama kapatılırsa hiçbir şey kaybolmaz: hazırlık bir sonraki kilit açışta yeniden başlar.</translation>
    </message>
    <message>
        <source>Preparing the archive</source>
        <translation>Arşiv hazırlanıyor</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be sent</source>
        <translation>Gönderilecekleri kontrol edin</translation>
    </message>
    <message>
        <source>Nothing is written until you seal the packet.</source>
        <translation>Paketi mühürleyene kadar hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Paketin içeriği</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gönderilecek</translation>
    </message>
    <message numerus="yes">
        <source>Finalized testimony, %n version(s)</source>
        <translation>
            <numerusform>Kesinleşmiş tanıklık, %n sürüm</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>sent, sealed</source>
        <translation>gönderilecek, mühürlü</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>gönderilmeyecek</translation>
    </message>
    <message>
        <source>Sealed to the coordinator&apos;s identity key: analysts cannot read it.</source>
        <translation>Koordinatörün kimlik anahtarına mühürlü: analistler okuyamaz.</translation>
    </message>
    <message>
        <source>sent as recorded</source>
        <translation>kaydedildiği gibi gönderilecek</translation>
    </message>
    <message>
        <source>sent redacted</source>
        <translation>karartılmış olarak gönderilecek</translation>
    </message>
    <message>
        <source>Attachment (%1)</source>
        <translation>Ek dosya (%1)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>dışarıda bırakıldı</translation>
    </message>
    <message>
        <source>consent change sent</source>
        <translation>onam değişikliği gönderilecek</translation>
    </message>
    <message>
        <source>The witness changed their consent after an earlier packet.</source>
        <translation>Tanık, önceki bir paketten sonra onamını değiştirdi.</translation>
    </message>
    <message>
        <source>Nothing can be sent with these choices.</source>
        <translation>Bu seçimlerle hiçbir şey gönderilemez.</translation>
    </message>
</context>
<context>
    <name>PreviewParts</name>
    <message>
        <source>Preparing the preview</source>
        <translation>Önizleme hazırlanıyor</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ne olacak</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>PriorCheckDialog</name>
    <message>
        <source>Before a new interview</source>
        <translation>Yeni bir görüşmeden önce</translation>
    </message>
    <message>
        <source>Your coordinator sent an index of the people already interviewed (%1). Check whether this person may have been interviewed before. What you type here is not saved.</source>
        <translation>Koordinatörünüz daha önce görüşme yapılmış kişilerin dizinini gönderdi (%1). Bu kişiyle daha önce görüşme yapılmış olabilir mi, kontrol edin. Buraya yazdıklarınız kaydedilmez.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Doğum yılı</translation>
    </message>
    <message>
        <source>Governorate of origin</source>
        <translation>Geldiği il</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Görüşmeyi başlat</translation>
    </message>
    <message>
        <source>This person may already have been interviewed; ask your coordinator before you start.</source>
        <translation>Bu kişiyle daha önce görüşme yapılmış olabilir; başlamadan önce koordinatörünüze danışın.</translation>
    </message>
    <message>
        <source>Not found in the index of %1. The index does not know everyone: the check can miss.</source>
        <translation>%1 tarihli dizinde bulunamadı. Dizin herkesi içermez: kontrol bazı kişileri kaçırabilir.</translation>
    </message>
    <message>
        <source>Type at least the first name and the father&apos;s name.</source>
        <translation>En azından ilk adı ve baba adını yazın.</translation>
    </message>
    <message>
        <source>There is no prior-interview index on this device.</source>
        <translation>Bu cihazda önceki görüşmeler dizini yok.</translation>
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
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The export wizard&apos;s buttons (QWizard picks one of each pair by platform style).</extracomment>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Geri dön</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;İleri</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No consent is recorded: nothing about this interview may leave.</source>
        <translation>Onam kaydedilmedi: bu görüşmeyle ilgili hiçbir şey dışarı çıkamaz.</translation>
    </message>
    <message>
        <source>The witness withdrew consent.</source>
        <translation>Tanık onamını geri çekti.</translation>
    </message>
    <message>
        <source>The testimony is not finalized yet: only finalized testimony is sent.</source>
        <translation>Tanıklık henüz kesinleştirilmedi: yalnızca kesinleşmiş tanıklık gönderilir.</translation>
    </message>
    <message>
        <source>The witness did not agree to: %1.</source>
        <translation>Tanık şunlara onam vermedi: %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderilecek.</translation>
    </message>
    <message>
        <source>No identity is recorded.</source>
        <translation>Kimlik kaydedilmedi.</translation>
    </message>
    <message>
        <source>A recipient has no key for witness identities.</source>
        <translation>Bir alıcının tanık kimlikleri için anahtarı yok.</translation>
    </message>
    <message>
        <source>The identity is sealed to another key and cannot be sent on.</source>
        <translation>Kimlik başka bir anahtara mühürlü ve başkasına iletilemez.</translation>
    </message>
    <message>
        <source>Photo of the witness&apos;s identity: it stays with the identity.</source>
        <translation>Tanığın kimlik belgesinin fotoğrafı: kimlikle birlikte kalır.</translation>
    </message>
    <message>
        <source>Proof of consent may show the witness&apos;s name: sent only with consent to share the identity.</source>
        <translation>Onam kanıtı tanığın adını gösterebilir: yalnızca kimliğin paylaşılmasına onam verildiyse gönderilir.</translation>
    </message>
    <message>
        <source>The file is missing from this vault.</source>
        <translation>Dosya bu kasada yok.</translation>
    </message>
    <message>
        <source>Sent as recorded: the witness agreed to share their identity.</source>
        <translation>Kaydedildiği gibi gönderilecek: tanık kimliğinin paylaşılmasını kabul etti.</translation>
    </message>
    <message>
        <source>Sent as a redacted copy, without names, places or device details in its metadata.</source>
        <translation>Meta verilerinde ad, yer ya da cihaz bilgisi olmadan, karartılmış kopya olarak gönderilecek.</translation>
    </message>
    <message>
        <source>Only a redacted copy may be sent, and none could be made of this file.</source>
        <translation>Yalnızca karartılmış kopya gönderilebilir ve bu dosyadan kopya oluşturulamadı.</translation>
    </message>
    <message>
        <source>The witness agreed, but the witness-identity key is not open: open it to include the identity.</source>
        <translation>Tanık kabul etti, ancak tanık kimliği anahtarı açık değil: kimliği eklemek için anahtarı açın.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who is this packet for?</source>
        <translation>Bu paket kimin için?</translation>
    </message>
    <message>
        <source>Only keys this device trusts are listed. The packet can be opened by them and nobody else.</source>
        <translation>Yalnızca bu cihazın güvendiği anahtarlar listelenir. Paketi yalnızca onlar açabilir, başka hiç kimse açamaz.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <source>Protect against future quantum computers (post-quantum encryption; every recipient&apos;s key must support it)</source>
        <translation>Gelecekteki kuantum bilgisayarlarına karşı koru (kuantum sonrası şifreleme; her alıcının anahtarı bunu desteklemelidir)</translation>
    </message>
    <message>
        <source>No trusted keys yet. Trust your coordinator&apos;s key file first (Vault &gt; Keys and contacts).</source>
        <translation>Henüz güvenilen anahtar yok. Önce koordinatörünüzün anahtar dosyasına güvenin (Kasa &gt; Anahtarlar ve kişiler).</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>Recorder</source>
        <translation>Kaydedici</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>Görüşmeyi kaydet</translation>
    </message>
    <message>
        <source>Go to Consent</source>
        <translation>Onam bölümüne git</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Durdur ve sakla</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Kaydedilen süre</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>İşaret notu</translation>
    </message>
    <message>
        <source>Note for a marker, e.g. mentions the detention centre</source>
        <translation>Bir işaret için not, örn. gözaltı merkezinden söz ediyor</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>İşaret ekle</translation>
    </message>
    <message>
        <source>Markers of this recording</source>
        <translation>Bu kaydın işaretleri</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording is off for this interview: the consent in force does not include audio recording (or no consent has been recorded yet). Record the witness&apos;s consent first; the recorder switches on when they agree to be recorded.</source>
        <translation>Bu görüşmede ses kaydı kapalı: geçerli onam ses kaydını kapsamıyor (ya da henüz onam kaydedilmedi). Önce tanığın onamını kaydedin; tanık kaydedilmeyi kabul edince kaydedici açılır.</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Mikrofon: %1</translation>
    </message>
    <message>
        <source>(the one chosen in Settings is not connected; the system default is used)</source>
        <translation>(Ayarlar&apos;da seçilen mikrofon bağlı değil; sistem varsayılanı kullanılıyor)</translation>
    </message>
    <message>
        <source>Marked moment</source>
        <translation>İşaretlenen an</translation>
    </message>
    <message>
        <source>No sound is arriving from the microphone. Check that it is connected and not muted.</source>
        <translation>Mikrofondan ses gelmiyor. Bağlı olduğunu ve sesinin kapatılmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Saved in the vault: %1 (%2). It is listed with the attachments.</source>
        <translation>Kasaya saklandı: %1 (%2). Ek dosyalar arasında listeleniyor.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Başlatılıyor...</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Kaydediliyor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saklanıyor...</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings of the consent form</source>
        <translation>Onam formunun ses kayıtları</translation>
    </message>
    <message>
        <source>Witnesses who cannot read, or prefer to listen, hear these recordings in witness mode. Record each part in each language as written, slowly and clearly.</source>
        <translation>Okuyamayan ya da dinlemeyi tercih eden tanıklar bu kayıtları tanık modunda dinler. Her bölümü her dilde yazıldığı gibi, yavaş ve anlaşılır biçimde kaydedin.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Attach an audio file...</source>
        <translation>Ses dosyası ekle...</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>none: a system voice reads it, if there is one</source>
        <translation>yok: varsa bir sistem sesi okur</translation>
    </message>
    <message>
        <source>recorded %1 by %2</source>
        <translation>%1 tarihinde %2 tarafından kaydedildi</translation>
    </message>
    <message>
        <source>the wording changed since: record it again</source>
        <translation>metin o zamandan beri değişti: yeniden kaydedin</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Recording: read the part aloud as written, then press Stop.</source>
        <translation>Kaydediliyor: bu bölümü yazıldığı gibi yüksek sesle okuyun, ardından Durdur&apos;a basın.</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Ses dosyası</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</source>
        <translation>Ses (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Recording kept.</source>
        <translation>Kayıt saklandı.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>No microphone is connected: attach an audio file instead.</source>
        <translation>Bağlı mikrofon yok: bunun yerine bir ses dosyası ekleyin.</translation>
    </message>
    <message>
        <source>Recording removed.</source>
        <translation>Kayıt kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Recording recovered</source>
        <translation>Kayıt kurtarıldı</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(bilinmiyor)</translation>
    </message>
    <message>
        <source>An interrupted recording of %1 for witness %2 was recovered up to the last seconds before the app closed. It is saved with that interview&apos;s attachments.</source>
        <translation>Tanık %2 için %1 uzunluğunda, yarıda kalan bir kayıt, uygulama kapanmadan önceki son saniyelere kadar kurtarıldı. O görüşmenin ek dosyalarıyla birlikte saklandı.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted recording(s) were recovered up to the last seconds before the app closed. They are saved with their interviews&apos; attachments:</source>
        <translation>
            <numerusform>Yarıda kalan %n kayıt, uygulama kapanmadan önceki son saniyelere kadar kurtarıldı. Görüşmelerinin ek dosyalarıyla birlikte saklandılar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness %1: %2</source>
        <translation>Tanık %1: %2</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What should it contain?</source>
        <translation>Neler gönderilsin?</translation>
    </message>
    <message>
        <source>Only finalized testimony is sent, and only what each witness&apos;s consent allows; the next step shows exactly what.</source>
        <translation>Yalnızca kesinleşmiş tanıklık ve yalnızca her tanığın onamının izin verdiği kadarı gönderilir; bir sonraki adım tam olarak neyin gönderileceğini gösterir.</translation>
    </message>
    <message>
        <source>Everything finalized or changed since the last packet</source>
        <translation>Son paketten bu yana kesinleşen ya da değişen her şey</translation>
    </message>
    <message>
        <source>Everything the coordinator has not confirmed receiving</source>
        <translation>Koordinatörün teslim aldığını onaylamadığı her şey</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her şey</translation>
    </message>
    <message>
        <source>Only the interviews I choose</source>
        <translation>Yalnızca seçtiğim görüşmeler</translation>
    </message>
    <message>
        <source>Interviews to send</source>
        <translation>Gönderilecek görüşmeler</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Seal the packet</source>
        <translation>Paketi mühürle</translation>
    </message>
    <message>
        <source>The file&apos;s name and size say nothing about who or what is in it. Carry it as you would any file.</source>
        <translation>Dosyanın adı ve boyutu, içinde kimin ya da neyin olduğu hakkında hiçbir şey söylemez. Onu herhangi bir dosya gibi taşıyın.</translation>
    </message>
    <message>
        <source>Folder to write the packet to</source>
        <translation>Paketin yazılacağı klasör</translation>
    </message>
    <message>
        <source>Split into pieces</source>
        <translation>Parçalara böl</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Tek dosya</translation>
    </message>
    <message>
        <source>Pieces of at most 4 GB (FAT32 memory sticks)</source>
        <translation>En çok 4 GB&apos;lık parçalar (FAT32 USB bellekler)</translation>
    </message>
    <message>
        <source>Pieces of at most 650 MB (CDs)</source>
        <translation>En çok 650 MB&apos;lık parçalar (CD&apos;ler)</translation>
    </message>
    <message>
        <source>Pieces of at most 100 MB (messaging apps)</source>
        <translation>En çok 100 MB&apos;lık parçalar (mesajlaşma uygulamaları)</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Mühürle</translation>
    </message>
    <message>
        <source>Cancel sealing</source>
        <translation>Mühürlemeyi iptal et</translation>
    </message>
    <message>
        <source>Sealing progress</source>
        <translation>Mühürleme ilerlemesi</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Parçalar</translation>
    </message>
    <message>
        <source>Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.
Packet id: %5</source>
        <translation>Mühürlendi: %1 görüşme, %2 dışarıda bırakıldı, %3 onam değişikliği; toplam %4.
Paket kimliği: %5</translation>
    </message>
    <message>
        <source>Choose an existing folder (for example a memory stick).</source>
        <translation>Var olan bir klasör seçin (örneğin bir USB bellek).</translation>
    </message>
    <message>
        <source>Sealing...</source>
        <translation>Mühürleniyor...</translation>
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
    <name>SelectionPage</name>
    <message>
        <source>Which testimonies</source>
        <translation>Hangi tanıklıklar</translation>
    </message>
    <message>
        <source>Choose testimonies as in the archive list. Consent decides later which of them may go.</source>
        <translation>Tanıklıkları arşiv listesindeki gibi seçin. Hangilerinin gidebileceğine daha sonra onam karar verir.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimonies selected.</source>
        <translation>
            <numerusform>%n tanıklık seçildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Dilin yazdığı gibi</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>Latin (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Doğu Arap (%1)</translation>
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
        <source>Never remind me</source>
        <translation>Bana hiç hatırlatma</translation>
    </message>
    <message>
        <source>Remind me to back up after days without a backup</source>
        <translation>Yedeksiz geçen günlerden sonra yedeklemeyi hatırlat</translation>
    </message>
    <message>
        <source>Set up...</source>
        <translation>Ayarla...</translation>
    </message>
    <message>
        <source>Set up the duress passphrase</source>
        <translation>Baskı parolasını ayarla</translation>
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
        <source>Recipients chosen in advance when sending</source>
        <translation>Gönderirken önceden seçili alıcılar</translation>
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
    <message>
        <source>Send to</source>
        <translation>Gönderilecek kişiler</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Yedekleme hatırlatıcısı</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Baskı parolası</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belirlenmedi</translation>
    </message>
    <message>
        <source>Set: it opens a decoy vault</source>
        <translation>Belirlendi: göstermelik bir kasa açar</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) without a backup</source>
        <translation>
            <numerusform>yedeksiz %n gün sonra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Recovery shares</source>
        <translation>Kurtarma parçaları</translation>
    </message>
    <message>
        <source>Besides the recovery key, the vault can be opened with shares written on paper: any few of them together open it, fewer reveal nothing. Give each share to a different trusted person, or keep them in different places. Making new shares makes the old ones stop working.</source>
        <translation>Kurtarma anahtarının yanı sıra kasa, kâğıda yazılmış parçalarla da açılabilir: bunlardan belirli sayıda parça bir araya gelince kasayı açar, daha azı hiçbir şey açığa çıkarmaz. Her parçayı güvendiğiniz farklı bir kişiye verin ya da farklı yerlerde saklayın. Yeni parçalar oluşturmak eskilerini geçersiz kılar.</translation>
    </message>
    <message>
        <source>Shares needed to open the vault</source>
        <translation>Kasayı açmak için gereken parça sayısı</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>Oluşturulacak parça sayısı</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>Parçaları oluştur</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, with their numbers. Check each one. Nobody else should see the screen.</source>
        <translation>Bu kelimeleri numaralarıyla birlikte sırayla kâğıda yazın. Her birini kontrol edin. Ekranı başka kimse görmemeli.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Yazdım</translation>
    </message>
    <message>
        <source>The word from your paper</source>
        <translation>Kâğıdınızdaki kelime</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>That is not word %1. The share is shown again: compare your paper with it word by word.</source>
        <translation>Bu %1. kelime değil. Parça yeniden gösteriliyor: kâğıdınızı kelime kelime onunla karşılaştırın.</translation>
    </message>
    <message>
        <source>Share %1 of %2</source>
        <translation>Parça %1 / %2</translation>
    </message>
    <message>
        <source>Share %1 of %2 is hidden now. From your paper, type word number %3.</source>
        <translation>Parça %1 / %2 artık gizli. Kâğıdınızdan %3 numaralı kelimeyi yazın.</translation>
    </message>
    <message>
        <source>Done. Any %1 of the %2 shares now open the vault; older shares no longer work. Keep the papers apart from this laptop and from each other.</source>
        <translation>Tamamlandı. Artık %2 parçadan herhangi %1 tanesi kasayı açar; eski parçalar artık çalışmaz. Kâğıtları bu dizüstü bilgisayardan ve birbirlerinden ayrı tutun.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Ana pencerenin her yerinde</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Recording (Attachments tab)</source>
        <translation>Kayıt (Ek dosyalar sekmesi)</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>Ek dosya listesi</translation>
    </message>
    <message>
        <source>Coordinator&apos;s archive</source>
        <translation>Koordinatör arşivi</translation>
    </message>
    <message>
        <source>Chain of command graph</source>
        <translation>Komuta zinciri grafiği</translation>
    </message>
    <message>
        <source>Witness mode</source>
        <translation>Tanık modu</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Yeni bir görüşme başlat</translation>
    </message>
    <message>
        <source>Send to the coordinator</source>
        <translation>Koordinatöre gönder</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Arama alanına git</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Kasayı kilitle</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Kullanım kılavuzunu aç</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>Pause or resume recording</source>
        <translation>Kaydı duraklat ya da sürdür</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Kaydı durdur</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>İşaret ekle</translation>
    </message>
    <message>
        <source>Remove the chosen attachments</source>
        <translation>Seçilen ek dosyaları kaldır</translation>
    </message>
    <message>
        <source>Import packets</source>
        <translation>Paketleri içe aktar</translation>
    </message>
    <message>
        <source>Find in the archive</source>
        <translation>Arşivde bul</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Arşivi göster</translation>
    </message>
    <message>
        <source>Show the perpetrators</source>
        <translation>Failleri göster</translation>
    </message>
    <message>
        <source>Show the chain of command</source>
        <translation>Komuta zincirini göster</translation>
    </message>
    <message>
        <source>Show the devices</source>
        <translation>Cihazları göster</translation>
    </message>
    <message>
        <source>Show the duplicate witnesses</source>
        <translation>Mükerrer tanıkları göster</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>İstatistikleri göster</translation>
    </message>
    <message>
        <source>Show the case export</source>
        <translation>Dosya dışa aktarımını göster</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Grafiğin tamamını göster</translation>
    </message>
    <message>
        <source>Hand back to the interviewer (asks for the passphrase)</source>
        <translation>Görüşmeciye geri ver (parolayı sorar)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ne yapar</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Save all tables as CSV...</source>
        <translation>Tüm tabloları CSV olarak kaydet...</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Tanıklıklar</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>Adı geçen kişiler</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Mağdurlar</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>İhlal türleri</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>İhlal türü</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Aylara göre olaylar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Governorates</source>
        <translation>İller</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Alleged perpetrators by affiliation</source>
        <translation>Bağlılığa göre iddia edilen failler</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Bağlılık</translation>
    </message>
    <message>
        <source>Alleged perpetrators by unit</source>
        <translation>Birliğe göre iddia edilen failler</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Victims by gender</source>
        <translation>Cinsiyete göre mağdurlar</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>Yaş grubuna göre mağdurlar</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Yaş grubu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>kaydedilmemiş</translation>
    </message>
    <message>
        <source>spans more than one year</source>
        <translation>bir yıldan uzun sürüyor</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Sayılıyor...</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows are in the table.</source>
        <translation>
            <numerusform>Tabloda %n satır daha var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved in %1.</source>
        <translation>
            <numerusform>%n tablo %1 içine kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lighter bars: dates known only to the year, spanning years or missing; values not recorded.</source>
        <translation>Açık renkli çubuklar: yalnızca yılı bilinen, birden çok yıla yayılan ya da eksik tarihler; kaydedilmemiş değerler.</translation>
    </message>
    <message>
        <source>Save the tables in</source>
        <translation>Tabloların kaydedileceği yer</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>Save chart as PNG...</source>
        <translation>Grafiği PNG olarak kaydet...</translation>
    </message>
    <message>
        <source>Save chart as SVG...</source>
        <translation>Grafiği SVG olarak kaydet...</translation>
    </message>
    <message>
        <source>Save table as CSV...</source>
        <translation>Tabloyu CSV olarak kaydet...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV tablosu (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 kaydedildi</translation>
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
        <source>Fair, but not enough: a determined attacker could guess it.</source>
        <translation>Orta, ama yeterli değil: kararlı bir saldırgan tahmin edebilir.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Çok kısa.</translation>
    </message>
    <message>
        <source>It is, or contains, a commonly used password.</source>
        <translation>Sık kullanılan bir şifre ya da böyle bir şifre içeriyor.</translation>
    </message>
    <message>
        <source>It is built on a common word; a common word on its own is easy to guess.</source>
        <translation>Yaygın bir sözcüğe dayanıyor; yaygın bir sözcük tek başına kolayca tahmin edilir.</translation>
    </message>
    <message>
        <source>It contains a common name.</source>
        <translation>Yaygın bir ad içeriyor.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s.</source>
        <translation>Adınızı ya da kuruluşunuzun adını içeriyor.</translation>
    </message>
    <message>
        <source>It follows keys that sit next to each other.</source>
        <translation>Klavyede yan yana duran tuşları izliyor.</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>Karakterleri ya da sözcükleri tekrarlıyor.</translation>
    </message>
    <message>
        <source>It contains a simple run like abc or 1234.</source>
        <translation>abc ya da 1234 gibi basit bir dizi içeriyor.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Bir tarih ya da yıl içeriyor.</translation>
    </message>
    <message>
        <source>Four or more unrelated words you can remember make a strong passphrase.</source>
        <translation>Birbiriyle ilgisiz, aklınızda tutabileceğiniz dört ya da daha fazla sözcük güçlü bir parola oluşturur.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>İyi.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Güçlü.</translation>
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
    <name>TrustDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Bir anahtara güven</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read out or show you their fingerprint, in person or by a channel you trust, and type it here. The key is trusted only if the two match.</source>
        <translation>Anahtarın sahibinden parmak izini size sesli okumasını ya da göstermesini isteyin (yüz yüze ya da güvendiğiniz bir kanaldan) ve buraya yazın. Anahtara yalnızca ikisi eşleşirse güvenilir.</translation>
    </message>
    <message>
        <source>Fingerprint as the owner gave it</source>
        <translation>Sahibinin verdiği parmak izi</translation>
    </message>
    <message>
        <source>Who this key belongs to</source>
        <translation>Bu anahtarın kime ait olduğu</translation>
    </message>
    <message>
        <source>Our own organisation (coordinator)</source>
        <translation>Kendi kuruluşumuz (koordinatör)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Ait olduğu</translation>
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
        <translation>Bu, yalnızca kurgusal veriler içeren demo kasasıdır. Parolası: %1</translation>
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
        <source>Use recovery shares instead</source>
        <translation>Bunun yerine kurtarma parçalarını kullan</translation>
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
        <source>Recovery shares</source>
        <translation>Kurtarma parçaları</translation>
    </message>
    <message>
        <source>Type each share&apos;s words, with an empty line between shares</source>
        <translation>Her parçanın kelimelerini, parçalar arasında boş bir satır bırakarak yazın</translation>
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
        <source>Choose a new passphrase that is harder to guess: see the advice under it.</source>
        <translation>Tahmin edilmesi daha zor yeni bir parola seçin: altındaki önerilere bakın.</translation>
    </message>
</context>
<context>
    <name>VerbalPanel</name>
    <message>
        <source>Start recording</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Kaydı durdur</translation>
    </message>
    <message>
        <source>Recording...</source>
        <translation>Kaydediliyor...</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Yeniden kaydet</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message>
        <source>Violation types (tick every one that applies)</source>
        <translation>İhlal türleri (geçerli olanların hepsini işaretleyin)</translation>
    </message>
    <message>
        <source>Add a violation type...</source>
        <translation>İhlal türü ekle...</translation>
    </message>
    <message>
        <source>Add a violation type that is not listed</source>
        <translation>Listede olmayan bir ihlal türü ekle</translation>
    </message>
</context>
<context>
    <name>VocabularyCombo</name>
    <message>
        <source>Not recorded</source>
        <translation>Kaydedilmemiş</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Onamın geri çekilmesini kaydet</translation>
    </message>
    <message>
        <source>The witness takes back consent. Choose what they withdrew; what depends on it is withdrawn with it.</source>
        <translation>Tanık onamını geri çekiyor. Neyi geri çektiğini seçin; ona bağlı olanlar da onunla birlikte geri çekilir.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her şey</translation>
    </message>
    <message>
        <source>Only these uses:</source>
        <translation>Yalnızca şu kullanımlar:</translation>
    </message>
    <message>
        <source>Attach a scan or recording (optional)...</source>
        <translation>Tarama ya da kayıt ekle (isteğe bağlı)...</translation>
    </message>
    <message>
        <source>How the witness said it</source>
        <translation>Tanık bunu nasıl bildirdi</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Alan kişi</translation>
    </message>
    <message>
        <source>Tick at least one use, or choose Everything.</source>
        <translation>En az bir kullanımı işaretleyin ya da “Her şey” seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Scan or recording of the withdrawal</source>
        <translation>Geri çekmenin taraması ya da kaydı</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
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
</context>
<context>
    <name>WitnessWindow</name>
    <message>
        <source>Witness mode</source>
        <translation>Tanık modu</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Görüşmeci</translation>
    </message>
    <message>
        <source>Leave witness mode (needs the vault passphrase)</source>
        <translation>Tanık modundan çık (kasanın parolası gerekir)</translation>
    </message>
    <message>
        <source>No recording of this part in this language, and no voice on this computer that speaks it. Read it to the witness.</source>
        <translation>Bu bölümün bu dilde kaydı yok ve bu bilgisayarda bu dili konuşan bir ses de yok. Bölümü tanığa siz okuyun.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onam</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ek dosyalar</translation>
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
        <source>Choose an interview from the list, or start a new one.</source>
        <translation>Listeden bir görüşme seçin ya da yeni bir görüşme başlatın.</translation>
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
<context>
    <name>WrittenTo</name>
    <message>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
</context>
</TS>

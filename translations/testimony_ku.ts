<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
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
        <translation type="unfinished">Çi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ziman</translation>
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
        <source>Role in an incident removed</source>
        <translation>Rolek di bûyerekê de hat rakirin</translation>
    </message>
    <message>
        <source>Command link added</source>
        <translation>Girêdana fermandariyê hat zêdekirin</translation>
    </message>
    <message>
        <source>Command link removed</source>
        <translation>Girêdana fermandariyê hat rakirin</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pêvek hat zêdekirin</translation>
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
        <source>Consent recorded</source>
        <translation>Razîbûn hat tomarkirin</translation>
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
        <translation>Razîbûn hat paşvekişandin</translation>
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
    <name>IdentityBox</name>
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
        <source>Kept apart from the testimony and never searched. Revealing it is recorded in the custody log.</source>
        <translation>Ji şahidiyê cuda tê parastin û qet nakeve nav lêgerînê. Her nîşandana wê di tomara çavdêriyê de tê nivîsandin.</translation>
    </message>
    <message>
        <source>No identity recorded. Record it only if the witness agreed, and only what is needed.</source>
        <translation>Tu nasname nehatiye tomarkirin. Tenê heke şahid razî bûbe wê tomar bike, û tenê tiştê pêwîst.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Finalize testimony...</source>
        <extracomment>An interview was loaded and shown (sections added from outside listen to this).</extracomment>
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
    <message>
        <source>Finalize the testimony?</source>
        <translation>Şahidî bê qetîkirin?</translation>
    </message>
    <message>
        <source>Finalizing freezes this testimony as evidence: nobody can change it afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. Later corrections become new versions linked to this one.

Finalize it now?</source>
        <translation>Qetîkirin vê şahidiyê wek delîl dicemidîne: piştre kes nikare wê biguherîne, û şopa wê ya dijîtal (SHA-256) di tomara çavdêriyê de tê nivîsandin. Rastkirinên paşê dibin guhertoyên nû yên bi vê ve girêdayî.

Tu dixwazî niha wê qetî bikî?</translation>
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
        <source>This vault is already open in another Testimony Recorder window or command. Close it there, then try again.</source>
        <translation>Ev kasa jixwe di pencereyeke din a Testimony Recorder an di fermanekê de vekirî ye. Li wir bigire, paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Li %1 tu kasa tune ye.</translation>
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
        <source>The disk is full. This step was not saved; free some space and try again. Everything saved before is safe.</source>
        <translation>Dîsk tije ye. Ev gav nehat tomarkirin; hinek cih vala bike û dîsa biceribîne. Her tiştê ku berê hatiye tomarkirin ewle ye.</translation>
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
        <source>Some of this information is not valid: %1</source>
        <translation>Hin ji van agahiyan ne derbasdar in: %1</translation>
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
        <source>Something went wrong (%1). Nothing half-done was kept. Please report this problem.</source>
        <translation>Tiştek çewt çû (%1). Tiştekî nîvco nehat hilanîn. Ji kerema xwe vê pirsgirêkê ragihîne.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mîheng</translation>
    </message>
    <message>
        <source> min</source>
        <translation> deqe</translation>
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
        <source>Microphone</source>
        <translation>Mîkrofon</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Ya standard a pergalê</translation>
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
        <source>Fair: a determined attacker could guess it.</source>
        <translation>Navîn: êrîşkarekî bi biryar dikare wê texmîn bike.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Baş.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Xurt.</translation>
    </message>
    <message>
        <source>Use at least 8 characters; longer is much better.</source>
        <translation>Herî kêm 8 tîpan bikar bîne; dirêjtir pir baştir e.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple runs like 1234.</source>
        <translation>Ji tîpên dubarekirî û rêzên hêsan ên wek 1234 dûr bisekine.</translation>
    </message>
    <message>
        <source>Several unrelated words you can remember make a strong passphrase.</source>
        <translation>Çend peyvên ku bi hev re ne girêdayî ne û tu dikarî bi bîr bînî, hevokeke nepenî ya xurt çêdikin.</translation>
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
        <source>Choose a new passphrase of at least 8 characters.</source>
        <translation>Hevokeke nepenî ya nû ya herî kêm 8 tîpî hilbijêre.</translation>
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
    <message>
        <source>Not recorded</source>
        <translation>Nehatiye tomarkirin</translation>
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
        <translation type="unfinished">Hevpeyvînkar</translation>
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
        <translation>Hevpeyvîna nû</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Hevpeyvîneke nû dest pê bike</translation>
    </message>
    <message>
        <source>Choose an interview on the left, or start a new one.</source>
        <translation>Ji lîsteya çepê hevpeyvînekê hilbijêre, an yeke nû dest pê bike.</translation>
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
</TS>

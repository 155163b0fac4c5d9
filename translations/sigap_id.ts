<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Sigap::AgencyDirectory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>agency directory</source>
        <translation>direktori instansi</translation>
    </message>
    <message>
        <source>%1:%2: agency %3: %4: missing or wrong; the agency is left out</source>
        <translation>%1:%2: instansi %3: %4: tidak ada atau salah; instansi ini tidak dipakai</translation>
    </message>
</context>
<context>
    <name>Sigap::AgencyTokens</name>
    <message>
        <source>agency tokens %1, line %2: expected agency-id=token</source>
        <translation>token instansi %1, baris %2: seharusnya id-instansi=token</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: the token of %3 is shorter than %4 characters</source>
        <translation>token instansi %1, baris %2: token %3 lebih pendek dari %4 karakter</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: a second token for %3</source>
        <translation>token instansi %1, baris %2: token kedua untuk %3</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: %3 has the token of %4</source>
        <translation>token instansi %1, baris %2: %3 memakai token %4</translation>
    </message>
    <message>
        <source>agency tokens</source>
        <translation>token instansi</translation>
    </message>
</context>
<context>
    <name>Sigap::Aml</name>
    <message>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>sel BTS</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>tanpa lokasi</translation>
    </message>
    <message>
        <source>the message is %1 characters long, more than an AML message can be (%2)</source>
        <translation>pesan ini %1 karakter, lebih panjang dari pesan AML mana pun (%2)</translation>
    </message>
    <message>
        <source>A&quot;ML: the message is empty</source>
        <translation>A&quot;ML: pesannya kosong</translation>
    </message>
    <message>
        <source>A&quot;ML: the message does not start with the AML header A&quot;ML=1 but with &quot;%1&quot;</source>
        <translation>A&quot;ML: pesan tidak diawali kepala AML A&quot;ML=1 melainkan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A&quot;ML: version &quot;%1&quot; is not supported (only version 1)</source>
        <translation>A&quot;ML: versi &quot;%1&quot; tidak didukung (hanya versi 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (field %2): not a field name</source>
        <translation>&quot;%1&quot; (kolom %2): bukan nama kolom</translation>
    </message>
    <message>
        <source>%1: a field without &quot;=&quot; and a value</source>
        <translation>%1: kolom tanpa &quot;=&quot; dan nilai</translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation>%1: diberikan dua kali</translation>
    </message>
    <message>
        <source>lt: &quot;%1&quot; is not a latitude (decimal degrees, -90 to +90)</source>
        <translation>lt: &quot;%1&quot; bukan lintang (derajat desimal, -90 sampai +90)</translation>
    </message>
    <message>
        <source>lg: &quot;%1&quot; is not a longitude (decimal degrees, -180 to +180)</source>
        <translation>lg: &quot;%1&quot; bukan bujur (derajat desimal, -180 sampai +180)</translation>
    </message>
    <message>
        <source>rd: &quot;%1&quot; is not a radius in metres</source>
        <translation>rd: &quot;%1&quot; bukan radius dalam meter</translation>
    </message>
    <message>
        <source>top: &quot;%1&quot; is not a time of positioning (YYYYMMDDhhmmss, UTC)</source>
        <translation>top: &quot;%1&quot; bukan waktu penentuan posisi (YYYYMMDDhhmmss, UTC)</translation>
    </message>
    <message>
        <source>lc: &quot;%1&quot; is not a level of confidence (a whole percentage, 0 to 100)</source>
        <translation>lc: &quot;%1&quot; bukan tingkat keyakinan (persen bulat, 0 sampai 100)</translation>
    </message>
    <message>
        <source>pm: &quot;%1&quot; is not a positioning method (G, W, C or N)</source>
        <translation>pm: &quot;%1&quot; bukan metode penentuan posisi (G, W, C atau N)</translation>
    </message>
    <message>
        <source>si: &quot;%1&quot; is not an IMSI (up to 15 digits)</source>
        <translation>si: &quot;%1&quot; bukan IMSI (paling banyak 15 angka)</translation>
    </message>
    <message>
        <source>ei: &quot;%1&quot; is not an IMEI (14 to 16 digits)</source>
        <translation>ei: &quot;%1&quot; bukan IMEI (14 sampai 16 angka)</translation>
    </message>
    <message>
        <source>mcc: &quot;%1&quot; is not a mobile country code (3 digits)</source>
        <translation>mcc: &quot;%1&quot; bukan kode negara seluler (3 angka)</translation>
    </message>
    <message>
        <source>mnc: &quot;%1&quot; is not a mobile network code (2 or 3 digits)</source>
        <translation>mnc: &quot;%1&quot; bukan kode jaringan seluler (2 atau 3 angka)</translation>
    </message>
    <message>
        <source>ml: &quot;%1&quot; is not a message length</source>
        <translation>ml: &quot;%1&quot; bukan panjang pesan</translation>
    </message>
    <message>
        <source>lg: missing, though lt is given</source>
        <translation>lg: tidak ada, padahal lt diberikan</translation>
    </message>
    <message>
        <source>lt: missing, though lg is given</source>
        <translation>lt: tidak ada, padahal lg diberikan</translation>
    </message>
    <message>
        <source>pm: N says there is no location, but lt and lg give one</source>
        <translation>pm: N menyatakan tidak ada lokasi, tetapi lt dan lg memberikannya</translation>
    </message>
    <message>
        <source>ml: missing (the message length, the guard against a cut message)</source>
        <translation>ml: tidak ada (panjang pesan, penjaga terhadap pesan yang terpotong)</translation>
    </message>
    <message>
        <source>ml: says %1 characters but the message has %2 (cut short or joined wrongly?)</source>
        <translation>ml: menyebut %1 karakter tetapi pesan berisi %2 (terpotong atau salah sambung?)</translation>
    </message>
</context>
<context>
    <name>Sigap::AmlReceiver</name>
    <message>
        <source>number: the AML message&apos;s sender is missing</source>
        <translation>number: pengirim pesan AML tidak ada</translation>
    </message>
    <message>
        <source>lt: the AML message from %1 carries no position (the handset found none)</source>
        <translation>lt: pesan AML dari %1 tidak membawa posisi (ponsel tidak menemukannya)</translation>
    </message>
</context>
<context>
    <name>Sigap::AuthorityGate</name>
    <message>
        <source>the authority section is not one this desk reads</source>
        <translation>bagian wewenang tidak dapat dibaca oleh meja ini</translation>
    </message>
    <message>
        <source>the authority section is damaged</source>
        <translation>bagian wewenang rusak</translation>
    </message>
</context>
<context>
    <name>Sigap::CallPanel</name>
    <message>
        <source>Ringing calls</source>
        <translation>Panggilan berdering</translation>
    </message>
    <message>
        <source>&amp;Answer the oldest call</source>
        <translation>&amp;Angkat panggilan terlama</translation>
    </message>
    <message>
        <source>Close call as: %1</source>
        <translation>Tutup panggilan sebagai: %1</translation>
    </message>
    <message>
        <source>Close the current call first (F9 to F12).</source>
        <translation>Tutup dulu panggilan yang sedang dilayani (F9 sampai F12).</translation>
    </message>
    <message>
        <source>No call is ringing.</source>
        <translation>Tidak ada panggilan yang berdering.</translation>
    </message>
    <message>
        <source>No call in conversation at this desk.</source>
        <translation>Tidak ada panggilan yang sedang dilayani di meja ini.</translation>
    </message>
    <message>
        <source>No call in conversation</source>
        <translation>Tidak ada panggilan aktif</translation>
    </message>
    <message>
        <source>F2 answers the oldest ringing call.</source>
        <translation>F2 mengangkat panggilan yang paling lama berdering.</translation>
    </message>
    <message>
        <source>Warning: %1 earlier prank calls from this number</source>
        <translation>Peringatan: %1 panggilan iseng sebelumnya dari nomor ini</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>tanpa hasil</translation>
    </message>
    <message>
        <source>First call from this number.</source>
        <translation>Panggilan pertama dari nomor ini.</translation>
    </message>
    <message>
        <source>(the caller says nothing)</source>
        <translation>(penelepon tidak bersuara)</translation>
    </message>
    <message>
        <source>No calls waiting</source>
        <translation>Tidak ada panggilan menunggu</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing — F2 answers</source>
        <translation>
            <numerusform>%n panggilan berdering — F2 untuk mengangkat</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link the call to the open incident shown</source>
        <translation>&amp;Tautkan panggilan ke insiden aktif yang ditunjukkan</translation>
    </message>
    <message>
        <source>No open incident to link this call to.</source>
        <translation>Tidak ada insiden aktif untuk ditautkan dengan panggilan ini.</translation>
    </message>
    <message>
        <source>same caller</source>
        <translation>penelepon yang sama</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>%1 m jauhnya</translation>
    </message>
    <message>
        <source>&amp;Undo the last link</source>
        <translation>&amp;Batalkan tautan terakhir</translation>
    </message>
    <message>
        <source>Call linked to incident %1. Shift+F7 undoes the link.</source>
        <translation>Panggilan ditautkan ke insiden %1. Shift+F7 membatalkan tautan.</translation>
    </message>
    <message>
        <source>No link to undo.</source>
        <translation>Tidak ada tautan yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Link undone. F3 makes the call an incident of its own, F9 to F12 close it.</source>
        <translation>Tautan dibatalkan. F3 menjadikan panggilan ini insiden tersendiri, F9 sampai F12 menutupnya.</translation>
    </message>
    <message>
        <source>The line is closed. F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>Sambungan sudah terputus. F3 menjadikan panggilan ini insiden, F9 sampai F12 menutupnya.</translation>
    </message>
    <message>
        <source>Possibly about open incident %1: %2 in %3 (%4, %5 min ago). F7 links the call to it.</source>
        <translation>Mungkin tentang insiden aktif %1: %2 di %3 (%4, %5 menit lalu). F7 menautkan panggilan ke insiden itu.</translation>
    </message>
    <message>
        <source>an unknown kelurahan</source>
        <translation>kelurahan tidak diketahui</translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation>± %1 m</translation>
    </message>
    <message>
        <source>radius unknown</source>
        <translation>radius tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <source>%n s old</source>
        <translation>
            <numerusform>%n dtk yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min old</source>
        <translation>
            <numerusform>%n mnt yang lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s device (AML): %1 %2, %3. Ctrl+L puts it in the incident.</source>
        <translation>Perangkat penelepon (AML): %1 %2, %3. Ctrl+L memasukkannya ke insiden.</translation>
    </message>
    <message>
        <source>Caller&apos;s network location: %1 %2. Ctrl+L puts it in the incident.</source>
        <translation>Lokasi jaringan penelepon: %1 %2. Ctrl+L memasukkannya ke insiden.</translation>
    </message>
    <message>
        <source>Put the caller on &amp;hold, or back</source>
        <translation>&amp;Tahan penelepon, atau lanjutkan</translation>
    </message>
    <message>
        <source>&amp;Transfer the caller to an agency…</source>
        <translation>&amp;Alihkan penelepon ke instansi…</translation>
    </message>
    <message>
        <source>Call the caller &amp;back, or hang the call-back up</source>
        <translation>&amp;Telepon balik penelepon, atau tutup telepon balik</translation>
    </message>
    <message>
        <source>Close the current call first (F9 to F12), or put it on hold (Ctrl+F2).</source>
        <translation>Tutup dulu panggilan ini (F9 sampai F12), atau tahan (Ctrl+F2).</translation>
    </message>
    <message>
        <source>Hang the call-back up first (Ctrl+B).</source>
        <translation>Tutup dulu telepon balik (Ctrl+B).</translation>
    </message>
    <message>
        <source>The held call from %1 is back at the desk: Ctrl+F2 takes it off hold.</source>
        <translation>Panggilan yang ditahan dari %1 kembali ke meja: Ctrl+F2 melanjutkannya.</translation>
    </message>
    <message>
        <source>Caller put through to %1. F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>Penelepon dialihkan ke %1. F3 menjadikan panggilan insiden, F9 sampai F12 menutupnya.</translation>
    </message>
    <message>
        <source>A call is in conversation at this desk; close it first (F9 to F12).</source>
        <translation>Ada panggilan yang sedang dilayani di meja ini; tutup dulu (F9 sampai F12).</translation>
    </message>
    <message>
        <source>No call to call back: select an incident that came from a call.</source>
        <translation>Tidak ada panggilan untuk ditelepon balik: pilih insiden yang berasal dari panggilan.</translation>
    </message>
    <message>
        <source>In conversation with %1 (call-back). Ctrl+B hangs up.</source>
        <translation>Berbicara dengan %1 (telepon balik). Ctrl+B menutup.</translation>
    </message>
    <message>
        <source>Calling %1 back… Ctrl+B hangs up.</source>
        <translation>Menelepon balik %1… Ctrl+B menutup.</translation>
    </message>
    <message>
        <source>%1 — ON HOLD, Ctrl+F2 takes the caller back</source>
        <translation>%1 — DITAHAN, Ctrl+F2 melanjutkan penelepon</translation>
    </message>
    <message>
        <source>%1 — put through to %2</source>
        <translation>%1 — dialihkan ke %2</translation>
    </message>
    <message>
        <source>The transfer of %1 failed: the agency did not take the caller, who is still on this desk&apos;s line. Ctrl+F2 takes them off hold, Ctrl+T tries again.</source>
        <translation>Pengalihan %1 gagal: instansi tidak menerima penelepon, yang masih tersambung ke meja ini. Ctrl+F2 melanjutkan, Ctrl+T mencoba lagi.</translation>
    </message>
    <message>
        <source>The held caller %1 hung up while waiting.</source>
        <translation>Penelepon %1 yang ditahan menutup telepon saat menunggu.</translation>
    </message>
    <message>
        <source>The held caller %1 hung up while waiting: F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>Penelepon %1 yang ditahan menutup telepon saat menunggu: F3 menjadikan panggilan insiden, F9 sampai F12 menutupnya.</translation>
    </message>
</context>
<context>
    <name>Sigap::CallQueueModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 earlier, %2 prank</source>
        <translation>%1 sebelumnya, %2 iseng</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 sebelumnya</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>Sigap::CallRecording</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not a WAV recording: %2</source>
        <translation>%1: bukan rekaman WAV: %2</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>tidak ada kepala RIFF/WAVE</translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation>tidak ada bagian format</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>tidak ada bagian data</translation>
    </message>
    <message>
        <source>%1: not a recording file</source>
        <translation>%1: bukan berkas rekaman</translation>
    </message>
    <message>
        <source>%1: %2 MB, larger than any call&apos;s recording</source>
        <translation>%1: %2 MB, lebih besar dari rekaman panggilan mana pun</translation>
    </message>
</context>
<context>
    <name>Sigap::CallTaker</name>
    <message>
        <source>call %1 is not ringing</source>
        <translation>panggilan %1 tidak sedang berdering</translation>
    </message>
    <message>
        <source>call %1 is not in conversation at this desk</source>
        <translation>panggilan %1 tidak sedang dilayani di meja ini</translation>
    </message>
    <message>
        <source>outcome: unknown call outcome &quot;%1&quot;</source>
        <translation>outcome: hasil panggilan &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>call %1 is not linked to an incident</source>
        <translation>panggilan %1 tidak tertaut ke insiden</translation>
    </message>
    <message>
        <source>call %1 is on hold already</source>
        <translation>panggilan %1 sudah ditahan</translation>
    </message>
    <message>
        <source>call %1 is not on hold at this desk</source>
        <translation>panggilan %1 tidak sedang ditahan di meja ini</translation>
    </message>
    <message>
        <source>no number to put the caller through to</source>
        <translation>tidak ada nomor untuk mengalihkan penelepon</translation>
    </message>
    <message>
        <source>already calling %1 back; hang that up first</source>
        <translation>sedang menelepon balik %1; tutup dulu</translation>
    </message>
    <message>
        <source>call %1 has no number to call back</source>
        <translation>panggilan %1 tidak punya nomor untuk ditelepon balik</translation>
    </message>
    <message>
        <source>call %1 is still on the line; there is nobody to call back</source>
        <translation>panggilan %1 masih tersambung; tidak ada yang perlu ditelepon balik</translation>
    </message>
    <message>
        <source>no call-back in progress at this desk</source>
        <translation>tidak ada telepon balik di meja ini</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraCredentials</name>
    <message>
        <source>camera credentials</source>
        <translation>kredensial kamera</translation>
    </message>
    <message>
        <source>%1:%2: not NAME=USER:PASSWORD</source>
        <translation>%1:%2: bukan NAMA=PENGGUNA:SANDI</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraDirectory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>camera directory</source>
        <translation>direktori kamera</translation>
    </message>
    <message>
        <source>%1:%2: camera %3: %4: missing or wrong; the camera is left out</source>
        <translation>%1:%2: kamera %3: %4: tidak ada atau salah; kamera ini tidak dipakai</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraView</name>
    <message>
        <source>no picture for %1 s</source>
        <translation>tidak ada gambar selama %1 dtk</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Tidak ada kamera</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — menghubungkan…</translation>
    </message>
    <message>
        <source>%1 — live</source>
        <translation>%1 — langsung</translation>
    </message>
    <message>
        <source>%1 — OFFLINE (%2); trying again in %3 s</source>
        <translation>%1 — TERPUTUS (%2); dicoba lagi dalam %3 dtk</translation>
    </message>
</context>
<context>
    <name>Sigap::Categories</name>
    <message>
        <source>%1: cannot read the category file: %2</source>
        <translation>%1: berkas kategori tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2[%3] needs code, label_id and label_en</source>
        <translation>%1: %2[%3] memerlukan code, label_id, dan label_en</translation>
    </message>
    <message>
        <source>%1: %2[%3]: code &quot;%4&quot; appears twice</source>
        <translation>%1: %2[%3]: kode &quot;%4&quot; muncul dua kali</translation>
    </message>
    <message>
        <source>%1: no incident categories</source>
        <translation>%1: tidak ada kategori insiden</translation>
    </message>
    <message>
        <source>%1: %2[%3]: default_priority must be 1 to 4, not %4</source>
        <translation>%1: %2[%3]: default_priority harus 1 sampai 4, bukan %4</translation>
    </message>
</context>
<context>
    <name>Sigap::CityImport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>--code: &quot;%1&quot; is not the code of a kota or kabupaten (two digits of a province, two of the regency: 63.03)</source>
        <translation>--code: &quot;%1&quot; bukan kode kota atau kabupaten (dua angka provinsi, dua angka kabupaten/kota: 63.03)</translation>
    </message>
    <message>
        <source>%1 exists; choose an empty folder (nothing is overwritten)</source>
        <translation>%1 sudah ada; pilih folder kosong (tidak ada yang ditimpa)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: lebih besar dari %2 MiB</translation>
    </message>
    <message>
        <source>%1:1: feature %2%3: %4: %5</source>
        <translation>%1:1: fitur %2%3: %4: %5</translation>
    </message>
    <message>
        <source>a village code has the form 63.03.05.2001 or 6303052001</source>
        <translation>kode desa/kelurahan berbentuk 63.03.05.2001 atau 6303052001</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>this village code appears twice</source>
        <translation>kode desa/kelurahan ini muncul dua kali</translation>
    </message>
    <message>
        <source>a ring is not closed (its last point is not its first)</source>
        <translation>sebuah cincin tidak tertutup (titik terakhirnya bukan titik pertamanya)</translation>
    </message>
    <message>
        <source>a polygon has no area</source>
        <translation>sebuah poligon tidak memiliki luas</translation>
    </message>
    <message>
        <source>%1: no village with a code under %2 (%3 of other regencies)</source>
        <translation>%1: tidak ada desa/kelurahan berkode di bawah %2 (%3 milik kabupaten/kota lain)</translation>
    </message>
    <message>
        <source>Kota %1</source>
        <translation>Kota %1</translation>
    </message>
    <message>
        <source>Kabupaten %1</source>
        <translation>Kabupaten %1</translation>
    </message>
    <message>
        <source>Administrative boundaries: %1 (see SOURCES.md for its origin and licence).</source>
        <translation>Batas wilayah administrasi: %1 (lihat SOURCES.md untuk asal dan lisensinya).</translation>
    </message>
    <message>
        <source># %1: sources

boundaries.geojson was built by `sigapctl city import` from `%2` (SHA-256 %3): %4 desa and %5 kelurahan in %6 kecamatan.

Write here, before the room uses this folder: where that file comes from, under which licence, and the attribution the licence asks for (also in city.json).
</source>
        <translation># %1: sumber

boundaries.geojson dibuat oleh `sigapctl city import` dari `%2` (SHA-256 %3): %4 desa dan %5 kelurahan di %6 kecamatan.

Tulis di sini, sebelum ruang memakai folder ini: dari mana berkas itu berasal, dengan lisensi apa, dan atribusi yang diminta lisensinya (juga di city.json).
</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: folder tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>Sigap::CityMap</name>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: kolom &quot;%2&quot; tidak ada atau tipenya salah</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not a Sigap city file (format sigap-city, version 1)</source>
        <translation>%1: bukan berkas kota Sigap (format sigap-city, versi 1)</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: bukan JSON yang sah: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;kind&quot;: &quot;%2&quot; is neither kota nor kabupaten</source>
        <translation>%1: kolom &quot;kind&quot;: &quot;%2&quot; bukan kota maupun kabupaten</translation>
    </message>
</context>
<context>
    <name>Sigap::ConfigArchive</name>
    <message>
        <source>the configuration archive is malformed or too large</source>
        <translation>arsip konfigurasi rusak atau terlalu besar</translation>
    </message>
    <message>
        <source>the configuration archive does not inflate</source>
        <translation>arsip konfigurasi tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the configuration archive is not a map of files</source>
        <translation>arsip konfigurasi bukan peta berkas</translation>
    </message>
    <message>
        <source>the configuration archive holds %1 files, at most %2</source>
        <translation>arsip konfigurasi memuat %1 berkas, paling banyak %2</translation>
    </message>
    <message>
        <source>the configuration archive names a file &quot;%1&quot; that may not be written</source>
        <translation>arsip konfigurasi menyebut berkas &quot;%1&quot; yang tidak boleh ditulis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be written</source>
        <translation>&quot;%1&quot; tidak boleh ditulis</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: folder tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ConfigList</name>
    <message>
        <source>%1: not a Sigap %2 (format %3, version 1, a %4 list)</source>
        <translation>%1: bukan %2 Sigap (format %3, versi 1, daftar %4)</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: bukan JSON yang sah: %3</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlClient</name>
    <message>
        <source>no Sigap desk or node is running on %1 (there is no %2)</source>
        <translation>tidak ada meja atau node Sigap yang berjalan di %1 (%2 tidak ada)</translation>
    </message>
    <message>
        <source>no Sigap desk or node is running on %1 (%2: %3)</source>
        <translation>tidak ada meja atau node Sigap yang berjalan di %1 (%2: %3)</translation>
    </message>
    <message>
        <source>the connection to the Sigap node on %1 was lost</source>
        <translation>koneksi ke node Sigap di %1 terputus</translation>
    </message>
    <message>
        <source>the Sigap node on %1 did not answer in time</source>
        <translation>node Sigap di %1 tidak menjawab tepat waktu</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlServer</name>
    <message>
        <source>%1: cannot listen for sigapctl: %2</source>
        <translation>%1: tidak dapat menerima koneksi sigapctl: %2</translation>
    </message>
    <message>
        <source>malformed request: %1</source>
        <translation>permintaan tidak valid: %1</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlService</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>tidak ada insiden dengan ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the file is of room &quot;%2&quot;, this desk is in room &quot;%3&quot;</source>
        <translation>%1: berkas ini milik ruang &quot;%2&quot;, meja ini ada di ruang &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>priority: must be a whole number from 1 (highest) to 4</source>
        <translation>priority: harus bilangan bulat dari 1 (tertinggi) sampai 4</translation>
    </message>
    <message>
        <source>export: no file given</source>
        <translation>export: berkas tidak disebutkan</translation>
    </message>
    <message>
        <source>%1: choose a file outside the data folder %2</source>
        <translation>%1: pilih berkas di luar folder data %2</translation>
    </message>
    <message>
        <source>import: no file given</source>
        <translation>import: berkas tidak disebutkan</translation>
    </message>
    <message>
        <source>--from and --to take a date and time, e.g. 2026-11-23T07:00 or 2026-11-23T07:00+08:00</source>
        <translation>--from dan --to berisi tanggal dan jam, mis. 2026-11-23T07:00 atau 2026-11-23T07:00+08:00</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to harus sesudah --from</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>tidak ada instansi dengan id &quot;%1&quot; di direktori instansi ruang ini</translation>
    </message>
    <message>
        <source>--count: must be a whole number from 1 to 100</source>
        <translation>--count: harus bilangan bulat dari 1 sampai 100</translation>
    </message>
    <message>
        <source>incident %1 has neither a position nor a kelurahan to measure from</source>
        <translation>insiden %1 tidak punya posisi maupun kelurahan untuk mengukur jarak</translation>
    </message>
    <message>
        <source>recordings_days: a whole number of days is expected</source>
        <translation>recordings_days: harus jumlah hari bulat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>&quot;%1&quot; bukan peran (%2)</translation>
    </message>
    <message>
        <source>this desk runs on the real clock; only a node started with --clock-at can be set</source>
        <translation>meja ini memakai jam sebenarnya; hanya node yang dijalankan dengan --clock-at yang jamnya bisa diatur</translation>
    </message>
    <message>
        <source>the clock only moves forward</source>
        <translation>jam hanya bisa maju</translation>
    </message>
    <message>
        <source>forged: the signature of %1 does not verify with its desk&apos;s key</source>
        <translation>dipalsukan: tanda tangan %1 tidak cocok dengan kunci mejanya</translation>
    </message>
    <message>
        <source>unsigned: events of desk %1 from %2 on carry no good signature</source>
        <translation>tanpa tanda tangan: peristiwa meja %1 mulai %2 tidak membawa tanda tangan yang sah</translation>
    </message>
    <message>
        <source>%1-%2 to %1-%3</source>
        <translation>%1-%2 sampai %1-%3</translation>
    </message>
    <message>
        <source>forked: desk %1 signed two histories (%2); it is quarantined</source>
        <translation>bercabang: meja %1 menandatangani dua riwayat (%2); meja itu dikarantina</translation>
    </message>
    <message>
        <source>refused: %1, signed with another key than desk %2 registered (%3), %4 times</source>
        <translation>ditolak: %1, ditandatangani dengan kunci lain dari yang didaftarkan meja %2 (%3), %4 kali</translation>
    </message>
    <message>
        <source>refused: %1, forged signatures (%2), %3 times</source>
        <translation>ditolak: %1, tanda tangan palsu (%2), %3 kali</translation>
    </message>
    <message>
        <source>%1 events checked, hash chains intact, but:</source>
        <translation>%1 peristiwa diperiksa, rantai hash utuh, tetapi:</translation>
    </message>
    <message>
        <source>only an administrator signed in at this desk may change the room&apos;s settings</source>
        <translation>hanya administrator yang masuk di meja ini yang boleh mengubah pengaturan ruangan</translation>
    </message>
    <message>
        <source>no village of %1 holds %2, %3</source>
        <translation>tidak ada desa/kelurahan %1 yang memuat %2, %3</translation>
    </message>
    <message>
        <source>the configuration packs to %1 bytes; at most %2 travel through the room (simplify the boundaries)</source>
        <translation>konfigurasi ini dikemas menjadi %1 bita; paling banyak %2 dapat dikirim lewat ruang (sederhanakan batas wilayahnya)</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskCall</name>
    <message>
        <source>no call in conversation at this desk</source>
        <translation>tidak ada panggilan yang sedang berlangsung di meja ini</translation>
    </message>
    <message>
        <source>a call is in conversation at this desk</source>
        <translation>ada panggilan yang sedang berlangsung di meja ini</translation>
    </message>
    <message>
        <source>this desk is calling a caller back</source>
        <translation>meja ini sedang menelepon balik seorang penelepon</translation>
    </message>
    <message>
        <source>no link to undo</source>
        <translation>tidak ada tautan yang bisa dibatalkan</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskRoster</name>
    <message>
        <source>idle</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>melayani panggilan</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>menyelesaikan panggilan</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>istirahat</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>terputus</translation>
    </message>
    <message>
        <source>no one signed in</source>
        <translation>tidak ada yang masuk</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskSession</name>
    <message>
        <source>This is the liaison desk of %1: only its liaisons sign in here.</source>
        <translation>Ini meja penghubung %1: hanya penghubung instansi itu yang bisa masuk di sini.</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskSigningKey</name>
    <message>
        <source>desk signing key</source>
        <translation>kunci tanda tangan meja</translation>
    </message>
    <message>
        <source>desk signing key %1: no valid &quot;%2&quot; line</source>
        <translation>kunci tanda tangan meja %1: tidak ada baris &quot;%2&quot; yang sah</translation>
    </message>
    <message>
        <source>cannot make a desk signing key (OpenSSL)</source>
        <translation>kunci tanda tangan meja tidak dapat dibuat (OpenSSL)</translation>
    </message>
    <message>
        <source>desk signing key %1: nothing to save</source>
        <translation>kunci tanda tangan meja %1: tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>desk signing key %1: cannot write (%2)</source>
        <translation>kunci tanda tangan meja %1: tidak dapat ditulis (%2)</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoCommandLine</name>
    <message>
        <source>Accept EIDO status updates from agencies over HTTPS here (needs --eido-cert, --eido-key and the agencies&apos; tokens in DIR/eido-tokens).</source>
        <translation>Terima pembaruan status EIDO dari instansi lewat HTTPS di sini (perlu --eido-cert, --eido-key dan token instansi di DIR/eido-tokens).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The EIDO endpoint&apos;s certificate (chain), PEM.</source>
        <translation>Sertifikat (rantai) titik akhir EIDO, PEM.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The EIDO endpoint&apos;s private key, PEM.</source>
        <translation>Kunci privat titik akhir EIDO, PEM.</translation>
    </message>
    <message>
        <source>--eido-cert and --eido-key need --eido-listen ADDR:PORT</source>
        <translation>--eido-cert dan --eido-key memerlukan --eido-listen ADDR:PORT</translation>
    </message>
    <message>
        <source>--eido-listen needs --eido-cert FILE and --eido-key FILE</source>
        <translation>--eido-listen memerlukan --eido-cert FILE dan --eido-key FILE</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoDocument</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>tidak ada insiden dengan id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoSender</name>
    <message>
        <source>agency %1 has no EIDO endpoint in the agency directory</source>
        <translation>instansi %1 tidak punya titik akhir EIDO di direktori instansi</translation>
    </message>
    <message>
        <source>%1: no PEM certificate in the agency&apos;s eido_ca_file (agency %2)</source>
        <translation>%1: tidak ada sertifikat PEM di eido_ca_file instansi (instansi %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 menjawab HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The 112 room cancelled this handoff. %1</source>
        <translation>Ruang 112 membatalkan penyerahan ini. %1</translation>
    </message>
    <message>
        <source>The 112 room recorded that the agency refused this handoff. %1</source>
        <translation>Ruang 112 mencatat bahwa instansi menolak penyerahan ini. %1</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoStatusReceiver</name>
    <message>
        <source>--eido-cert %1: cannot read (%2)</source>
        <translation>--eido-cert %1: tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>--eido-cert %1: no PEM certificate in the file</source>
        <translation>--eido-cert %1: tidak ada sertifikat PEM di berkas ini</translation>
    </message>
    <message>
        <source>--eido-key %1: cannot read (%2)</source>
        <translation>--eido-key %1: tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>--eido-key %1: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>--eido-key %1: tidak ada kunci privat PEM tanpa enkripsi (RSA atau EC) di berkas ini</translation>
    </message>
    <message>
        <source>--eido-listen %1: expected an IP address and a port, e.g. 0.0.0.0:8443</source>
        <translation>--eido-listen %1: seharusnya alamat IP dan port, mis. 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--eido-listen %1: %2</source>
        <translation>--eido-listen %1: %2</translation>
    </message>
    <message>
        <source>the update could not be recorded; send it again</source>
        <translation>pembaruan tidak dapat dicatat; kirim lagi</translation>
    </message>
    <message>
        <source>POST status updates to %1</source>
        <translation>Kirim (POST) pembaruan status ke %1</translation>
    </message>
    <message>
        <source>an agency token is required (Authorization: Bearer TOKEN)</source>
        <translation>token instansi diperlukan (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>unknown agency token</source>
        <translation>token instansi tidak dikenal</translation>
    </message>
    <message>
        <source>the body is not a JSON object: %1</source>
        <translation>isi permintaan bukan objek JSON: %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a string</source>
        <translation>kolom &quot;%1&quot; tidak ada atau bukan teks</translation>
    </message>
    <message>
        <source>field &quot;reason&quot; is not a string</source>
        <translation>kolom &quot;reason&quot; bukan teks</translation>
    </message>
    <message>
        <source>the token is not agency %1&apos;s</source>
        <translation>token ini bukan milik instansi %1</translation>
    </message>
    <message>
        <source>field &quot;state&quot;: an agency reports acknowledged, dispatched, en_route, on_scene, finished or rejected</source>
        <translation>kolom &quot;state&quot;: instansi melaporkan acknowledged, dispatched, en_route, on_scene, finished atau rejected</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>kolom &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>incident %1 was never handed to %2</source>
        <translation>insiden %1 tidak pernah diserahkan ke %2</translation>
    </message>
    <message>
        <source>the handoff is already %1</source>
        <translation>penyerahan ini sudah %1</translation>
    </message>
    <message>
        <source>only POST is accepted here</source>
        <translation>di sini hanya POST yang diterima</translation>
    </message>
    <message>
        <source>the handoff is %1; it cannot become %2</source>
        <translation>penyerahan ini %1; tidak bisa menjadi %2</translation>
    </message>
</context>
<context>
    <name>Sigap::Escalations</name>
    <message>
        <source>Agency has not acknowledged</source>
        <translation>Belum diterima instansi</translation>
    </message>
    <message>
        <source>Call waiting</source>
        <translation>Panggilan menunggu</translation>
    </message>
    <message>
        <source>Over its target, no one on scene</source>
        <translation>Melewati target, belum ada yang di lokasi</translation>
    </message>
</context>
<context>
    <name>Sigap::Event</name>
    <message>
        <source>the record is not a CBOR map</source>
        <translation>entri ini bukan map CBOR</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or has the wrong type</source>
        <translation>kolom &quot;%1&quot; tidak ada atau tipenya salah</translation>
    </message>
    <message>
        <source>unsupported envelope version %1</source>
        <translation>versi envelope %1 tidak didukung</translation>
    </message>
    <message>
        <source>event %1 does not match its hash</source>
        <translation>peristiwa %1 tidak cocok dengan hash-nya</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a positive timestamp</source>
        <translation>kolom &quot;%1&quot; harus berupa stempel waktu positif</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a version from 1 to 65535</source>
        <translation>kolom &quot;%1&quot; harus berupa versi 1 sampai 65535</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has a map with the same key twice</source>
        <translation>kolom &quot;%1&quot; memuat map dengan kunci yang sama dua kali</translation>
    </message>
    <message>
        <source>fields &quot;%1&quot; and &quot;%2&quot; come together, as byte strings</source>
        <translation>kolom &quot;%1&quot; dan &quot;%2&quot; harus ada bersama, sebagai deret byte</translation>
    </message>
</context>
<context>
    <name>Sigap::EventLog</name>
    <message>
        <source>a submitted %1 event cannot name other drafts</source>
        <translation>peristiwa %1 yang diajukan tidak boleh menyebut draf lain</translation>
    </message>
</context>
<context>
    <name>Sigap::EventStore</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot open the event store: %2</source>
        <translation>%1: penyimpanan peristiwa tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1: the event store is damaged or not a Sigap store (%2); it was left untouched</source>
        <translation>%1: penyimpanan peristiwa rusak atau bukan penyimpanan Sigap (%2); berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1: the event store failed its integrity check (%2); it was left untouched</source>
        <translation>%1: penyimpanan peristiwa gagal dalam pemeriksaan integritas (%2); berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1: the event store has schema version %2, newer than this program understands (%3); use a newer Sigap 112. The file was left untouched</source>
        <translation>%1: penyimpanan peristiwa memakai skema versi %2, lebih baru daripada yang dipahami program ini (%3); gunakan Sigap 112 versi yang lebih baru. Berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;; it was left untouched</source>
        <translation>%1: penyimpanan peristiwa milik ruang &quot;%2&quot;, bukan &quot;%3&quot;; berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: bukan berkas</translation>
    </message>
    <message>
        <source>%1: the file system does not support SQLite&apos;s write-ahead log</source>
        <translation>%1: sistem berkas tidak mendukung write-ahead log SQLite</translation>
    </message>
    <message>
        <source>cannot write the store&apos;s identity</source>
        <translation>identitas penyimpanan tidak dapat ditulis</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s identity: %2</source>
        <translation>%1: identitas penyimpanan tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: penyimpanan peristiwa milik ruang &quot;%2&quot;, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation>migrasi ke skema versi %1 gagal</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>versi skema tidak dapat dicatat</translation>
    </message>
    <message>
        <source>%1: migration to schema version %2 failed: %3</source>
        <translation>%1: migrasi ke skema versi %2 gagal: %3</translation>
    </message>
    <message>
        <source>cannot read the chain heads</source>
        <translation>ujung rantai hash tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: transaksi tidak dapat dimulai: %2</translation>
    </message>
    <message>
        <source>cannot append an event</source>
        <translation>peristiwa tidak dapat ditambahkan</translation>
    </message>
    <message>
        <source>cannot update the chain head</source>
        <translation>ujung rantai hash tidak dapat diperbarui</translation>
    </message>
    <message>
        <source>%1: the events could not be saved: %2</source>
        <translation>%1: peristiwa tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>event %1 belongs to room &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>peristiwa %1 milik ruang &quot;%2&quot;, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event %1 does not match its hash</source>
        <translation>peristiwa %1 tidak cocok dengan hash-nya</translation>
    </message>
    <message>
        <source>event %1 follows %2-%3, the events in between are missing</source>
        <translation>peristiwa %1 menyusul %2-%3, peristiwa di antaranya tidak ada</translation>
    </message>
    <message>
        <source>event %1 does not link to the previous event of %2 (broken hash chain)</source>
        <translation>peristiwa %1 tidak tersambung ke peristiwa sebelumnya dari %2 (rantai hash putus)</translation>
    </message>
    <message>
        <source>cannot insert event %1</source>
        <translation>peristiwa %1 tidak dapat dimasukkan</translation>
    </message>
    <message>
        <source>%1: the imported events could not be saved: %2</source>
        <translation>%1: peristiwa yang diimpor tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>peristiwa tidak dapat dibaca</translation>
    </message>
    <message>
        <source>event %1: expected sequence %2 of %3, the chain has a gap</source>
        <translation>peristiwa %1: seharusnya nomor urut %2 dari %3, ada celah dalam rantai</translation>
    </message>
    <message>
        <source>event %1 does not match its hash: its content was changed</source>
        <translation>peristiwa %1 tidak cocok dengan hash-nya: isinya telah diubah</translation>
    </message>
    <message>
        <source>cannot save a snapshot</source>
        <translation>snapshot tidak dapat disimpan</translation>
    </message>
    <message>
        <source>cannot prune old snapshots</source>
        <translation>snapshot lama tidak dapat dihapus</translation>
    </message>
    <message>
        <source>%1: cannot save a snapshot: %2</source>
        <translation>%1: snapshot tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>%1: the event store failed its integrity check (%2)</source>
        <translation>%1: penyimpanan peristiwa gagal dalam pemeriksaan integritas (%2)</translation>
    </message>
    <message>
        <source>event %1 is stamped %2, more than a day ahead of this desk&apos;s clock</source>
        <translation>peristiwa %1 berstempel %2, lebih dari sehari di depan jam meja ini</translation>
    </message>
    <message>
        <source>reading the events failed</source>
        <translation>gagal membaca peristiwa</translation>
    </message>
    <message>
        <source>%1: cannot prepare writing events: %2</source>
        <translation>%1: penulisan peristiwa tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <source>%1: the store is open read-only</source>
        <translation>%1: penyimpanan dibuka hanya-baca</translation>
    </message>
    <message>
        <source>%1: cannot read the events: %2</source>
        <translation>%1: peristiwa tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>a %1 event of %2 bytes is too large (at most %3)</source>
        <translation>peristiwa %1 sebesar %2 bita terlalu besar (paling banyak %3)</translation>
    </message>
    <message>
        <source>event %1 is %2 bytes, more than the %3 an event may hold</source>
        <translation>peristiwa %1 sebesar %2 bita, lebih dari %3 yang boleh dimuat satu peristiwa</translation>
    </message>
    <message>
        <source>a %1 event names draft %2, which is not before it</source>
        <translation>peristiwa %1 menyebut draf %2, yang tidak ada sebelumnya</translation>
    </message>
    <message>
        <source>cannot read the newest stamp</source>
        <translation>tidak dapat membaca cap waktu terbaru</translation>
    </message>
    <message>
        <source>cannot record the newest stamp</source>
        <translation>tidak dapat mencatat cap waktu terbaru</translation>
    </message>
    <message>
        <source>cannot archive settled history</source>
        <translation>tidak dapat mengarsipkan riwayat yang sudah selesai</translation>
    </message>
    <message>
        <source>%1: cannot archive settled history: %2</source>
        <translation>%1: tidak dapat mengarsipkan riwayat yang sudah selesai: %2</translation>
    </message>
    <message>
        <source>cannot clear the archive of settled history</source>
        <translation>tidak dapat mengosongkan arsip riwayat yang sudah selesai</translation>
    </message>
    <message>
        <source>%1: cannot clear the archive of settled history: %2</source>
        <translation>%1: tidak dapat mengosongkan arsip riwayat yang sudah selesai: %2</translation>
    </message>
    <message>
        <source>cannot read the desks&apos; keys</source>
        <translation>kunci meja-meja tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: the signing key of desk %2 (%3) is missing. A copy of a store cannot write as the desk it came from: import its events into a new data folder instead</source>
        <translation>%1: kunci tanda tangan meja %2 (%3) tidak ada. Salinan penyimpanan tidak dapat menulis sebagai meja asalnya: impor peristiwanya ke folder data baru</translation>
    </message>
    <message>
        <source>%1: desk %2 is registered with key %3, but %4 holds key %5: this store&apos;s desk id is another desk&apos;s</source>
        <translation>%1: meja %2 terdaftar dengan kunci %3, tetapi %4 berisi kunci %5: id meja penyimpanan ini milik meja lain</translation>
    </message>
    <message>
        <source>cannot register the desk&apos;s key</source>
        <translation>kunci meja tidak dapat didaftarkan</translation>
    </message>
    <message>
        <source>cannot sign the desk&apos;s newest event</source>
        <translation>peristiwa terbaru meja tidak dapat ditandatangani</translation>
    </message>
    <message>
        <source>%1: cannot register the desk&apos;s key: %2</source>
        <translation>%1: kunci meja tidak dapat didaftarkan: %2</translation>
    </message>
    <message>
        <source>%1: cannot sign an event (OpenSSL)</source>
        <translation>%1: peristiwa tidak dapat ditandatangani (OpenSSL)</translation>
    </message>
    <message>
        <source>desk %1 is quarantined for a fork; its events %2 to %3 are refused</source>
        <translation>meja %1 dikarantina karena rantai bercabang; peristiwanya %2 sampai %3 ditolak</translation>
    </message>
    <message>
        <source>event %1 is listed twice with different content</source>
        <translation>peristiwa %1 tercantum dua kali dengan isi berbeda</translation>
    </message>
    <message>
        <source>event %1 follows %2, the events in between are missing</source>
        <translation>peristiwa %1 menyusul %2, peristiwa di antaranya tidak ada</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 end without the desk&apos;s signature</source>
        <translation>peristiwa %1 sampai %2 dari meja %3 berakhir tanpa tanda tangan meja itu</translation>
    </message>
    <message>
        <source>offered key %1; registered key %2</source>
        <translation>kunci yang diajukan %1; kunci terdaftar %2</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 are signed with key %4, not with the key the desk registered (%5): another desk writes under its id</source>
        <translation>peristiwa %1 sampai %2 dari meja %3 ditandatangani dengan kunci %4, bukan kunci yang didaftarkan meja itu (%5): ada meja lain yang menulis atas nama id-nya</translation>
    </message>
    <message>
        <source>the signature of event %1 does not verify with key %2</source>
        <translation>tanda tangan peristiwa %1 tidak cocok dengan kunci %2</translation>
    </message>
    <message>
        <source>event %1 carries a signature that does not verify with desk %2&apos;s key %3</source>
        <translation>peristiwa %1 membawa tanda tangan yang tidak cocok dengan kunci meja %2 (%3)</translation>
    </message>
    <message>
        <source>event %1-%2: %3 here, %4 also signed</source>
        <translation>peristiwa %1-%2: %3 di sini, %4 juga ditandatangani</translation>
    </message>
    <message>
        <source>desk %1 signed two different events numbered %2 (a forked chain): its events are refused from now on, every other desk&apos;s go on</source>
        <translation>meja %1 menandatangani dua peristiwa berbeda bernomor %2 (rantai bercabang): peristiwanya ditolak mulai sekarang, peristiwa meja lain tetap diterima</translation>
    </message>
    <message>
        <source>cannot register a desk&apos;s key</source>
        <translation>kunci sebuah meja tidak dapat didaftarkan</translation>
    </message>
    <message>
        <source>cannot record a desk&apos;s refused events</source>
        <translation>peristiwa meja yang ditolak tidak dapat dicatat</translation>
    </message>
    <message>
        <source>offered key %1 with another event %2-%3 than the one held here</source>
        <translation>kunci %1 diajukan dengan peristiwa %2-%3 yang berbeda dari yang tersimpan di sini</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 differ from those held here and come with a key never seen for it (%4)</source>
        <translation>peristiwa %1 sampai %2 dari meja %3 berbeda dari yang tersimpan di sini dan datang dengan kunci yang belum pernah terlihat untuk meja itu (%4)</translation>
    </message>
</context>
<context>
    <name>Sigap::FrameDecoder</name>
    <message>
        <source>the frame is not valid CBOR (%1)</source>
        <translation>bingkai bukan CBOR yang sah (%1)</translation>
    </message>
    <message>
        <source>the frame has %1 bytes after its CBOR value</source>
        <translation>bingkai memiliki %1 bita setelah nilai CBOR-nya</translation>
    </message>
    <message>
        <source>the frame is not a CBOR map</source>
        <translation>bingkai bukan map CBOR</translation>
    </message>
    <message>
        <source>the frame has no type (&quot;t&quot;)</source>
        <translation>bingkai tidak memiliki jenis (&quot;t&quot;)</translation>
    </message>
    <message>
        <source>a frame of %1 bytes was announced; the limit is %2</source>
        <translation>bingkai %1 bita diumumkan; batasnya %2</translation>
    </message>
</context>
<context>
    <name>Sigap::Gazetteer</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1:%2: feature %3%4: %5: %6</source>
        <translation>%1:%2: fitur %3%4: %5: %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of desa, kelurahan, kecamatan, kota, kabupaten</source>
        <translation>&quot;%1&quot; bukan salah satu dari desa, kelurahan, kecamatan, kota, kabupaten</translation>
    </message>
    <message>
        <source>a kecamatan code has the form 63.03.05</source>
        <translation>kode kecamatan berbentuk 63.03.05</translation>
    </message>
    <message>
        <source>a village code has the form 63.03.05.2001</source>
        <translation>kode desa/kelurahan berbentuk 63.03.05.2001</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>a village needs a Polygon or MultiPolygon</source>
        <translation>desa/kelurahan memerlukan Polygon atau MultiPolygon</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, but the code says %2 (1xxx: kelurahan, 2xxx: desa)</source>
        <translation>&quot;%1&quot;, tetapi kodenya menyatakan %2 (1xxx: kelurahan, 2xxx: desa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the prefix of the village code</source>
        <translation>&quot;%1&quot; bukan awalan kode desa/kelurahan</translation>
    </message>
    <message>
        <source>%1: no desa or kelurahan features</source>
        <translation>%1: tidak ada fitur desa atau kelurahan</translation>
    </message>
    <message>
        <source>this kecamatan code appears twice</source>
        <translation>kode kecamatan ini muncul dua kali</translation>
    </message>
    <message>
        <source>this village code appears twice</source>
        <translation>kode desa/kelurahan ini muncul dua kali</translation>
    </message>
    <message>
        <source>no kecamatan %1 in this file holds the village</source>
        <translation>tidak ada kecamatan %1 di berkas ini yang memuat desa/kelurahan ini</translation>
    </message>
    <message>
        <source>the village lies outside its kecamatan %1 (%2)</source>
        <translation>desa/kelurahan ini terletak di luar kecamatannya %1 (%2)</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
</context>
<context>
    <name>Sigap::GeoJson</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a GeoJSON FeatureCollection</source>
        <translation>%1: bukan GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>%1: feature %2: unsupported geometry type &quot;%3&quot;</source>
        <translation>%1: fitur %2: tipe geometri &quot;%3&quot; tidak didukung</translation>
    </message>
    <message>
        <source>%1: feature %2: malformed %3 coordinates</source>
        <translation>%1: fitur %2: koordinat %3 tidak valid</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffCommands</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>tidak ada insiden dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>tidak ada instansi dengan id &quot;%1&quot; di direktori instansi ruang ini</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot;: expected desk, eido or phone</source>
        <translation>saluran &quot;%1&quot;: seharusnya desk, eido atau phone</translation>
    </message>
    <message>
        <source>%1 has no EIDO endpoint in the agency directory</source>
        <translation>%1 tidak memiliki alamat EIDO di direktori instansi</translation>
    </message>
    <message>
        <source>state &quot;%1&quot;: expected acknowledged, dispatched, en_route, on_scene, finished, rejected or cancelled</source>
        <translation>status &quot;%1&quot;: seharusnya acknowledged, dispatched, en_route, on_scene, finished, rejected atau cancelled</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>penolakan memerlukan alasan</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffDialog</name>
    <message>
        <source>liaison desk</source>
        <translation>meja penghubung</translation>
    </message>
    <message>
        <source>data link (EIDO)</source>
        <translation>tautan data (EIDO)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>Hand off the incident</source>
        <translation>Serahkan insiden</translation>
    </message>
    <message>
        <source>Agencies (ticked: those that handle this category; Space ticks, Enter sends):</source>
        <translation>Instansi (dicentang: yang menangani kategori ini; Spasi mencentang, Enter mengirim):</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Hand off (Enter)</source>
        <translation>Serahkan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>name and rank of who took the call</source>
        <translation>nama dan pangkat penerima telepon</translation>
    </message>
    <message>
        <source>Received at %1 by</source>
        <translation>Diterima di %1 oleh</translation>
    </message>
    <message>
        <source>Tick at least one agency (Space), or Esc to cancel.</source>
        <translation>Centang minimal satu instansi (Spasi), atau Esc untuk batal.</translation>
    </message>
    <message>
        <source>Call %1 first, then type who took the call there.</source>
        <translation>Telepon %1 dulu, lalu ketik siapa yang menerima telepon di sana.</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffModel</name>
    <message>
        <source>%1 · EIDO on its way</source>
        <translation>%1 · EIDO sedang dikirim</translation>
    </message>
    <message>
        <source>%1 · EIDO delivered</source>
        <translation>%1 · EIDO terkirim</translation>
    </message>
    <message>
        <source>%1 · EIDO refused (%2): %3 — hand it on by phone</source>
        <translation>%1 · EIDO ditolak (%2): %3 — serahkan lewat telepon</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>In this step</source>
        <translation>Di tahap ini</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffPanel</name>
    <message>
        <source>Show &amp;finished, refused and cancelled</source>
        <translation>Tampilkan yang &amp;selesai, ditolak dan dibatalkan</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the handoff</source>
        <translation>Penyerahan &amp;diterima</translation>
    </message>
    <message>
        <source>Units &amp;dispatched</source>
        <translation>Unit di&amp;berangkatkan</translation>
    </message>
    <message>
        <source>Units &amp;en route</source>
        <translation>Unit dalam &amp;perjalanan</translation>
    </message>
    <message>
        <source>Units on &amp;scene</source>
        <translation>Unit di &amp;lokasi</translation>
    </message>
    <message>
        <source>Handoff &amp;finished</source>
        <translation>Penanganan &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;Refuse the handoff…</source>
        <translation>&amp;Tolak penyerahan…</translation>
    </message>
    <message>
        <source>Handoffs to %1</source>
        <translation>Penyerahan ke %1</translation>
    </message>
    <message>
        <source>Handoffs to every agency</source>
        <translation>Penyerahan ke semua instansi</translation>
    </message>
    <message>
        <source>Select a handoff in the list first.</source>
        <translation>Pilih dulu penyerahan di daftar.</translation>
    </message>
    <message>
        <source>Incident %1: the handoff is %2 already; it cannot become %3.</source>
        <translation>Insiden %1: penyerahan sudah %2; tidak bisa menjadi %3.</translation>
    </message>
    <message>
        <source>Refuse the handoff</source>
        <translation>Tolak penyerahan</translation>
    </message>
    <message>
        <source>Why does the agency refuse incident %1?</source>
        <translation>Mengapa instansi menolak insiden %1?</translation>
    </message>
    <message>
        <source>Dispatch the nearest &amp;unit…</source>
        <translation>Berangkatkan &amp;unit terdekat…</translation>
    </message>
    <message>
        <source>Incident %1 has no place on the map and no kelurahan: units cannot be measured to it.</source>
        <translation>Insiden %1 tidak punya lokasi di peta maupun kelurahan: jarak unit tidak dapat diukur.</translation>
    </message>
    <message>
        <source>No unit of %1 is available with a position heard in the last 5 minutes.</source>
        <translation>Tidak ada unit %1 yang siaga dengan posisi terdengar dalam 5 menit terakhir.</translation>
    </message>
    <message>
        <source>%1 to incident %2</source>
        <translation>%1 ke insiden %2</translation>
    </message>
    <message>
        <source>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · C cancelled by the room · Enter: the incident</source>
        <translation>A diterima · U kirim unit · D diberangkatkan · E dalam perjalanan · S di lokasi · F selesai · R ditolak · C dibatalkan ruang · Enter: insiden</translation>
    </message>
    <message>
        <source>&amp;Cancel the handoff (the room withdraws it)</source>
        <translation>Batal&amp;kan penyerahan (ditarik oleh ruang)</translation>
    </message>
    <message>
        <source>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · Enter: the incident</source>
        <translation>A diterima · U kirim unit · D diberangkatkan · E dalam perjalanan · S di lokasi · F selesai · R ditolak · Enter: insiden</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffStates</name>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Diberangkatkan</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>Di lokasi</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>Sigap::HistorySearchDialog</name>
    <message>
        <source>Search history</source>
        <translation>Cari riwayat</translation>
    </message>
    <message>
        <source>Words: id, category, kelurahan, number, address, note…</source>
        <translation>Kata: id, kategori, kelurahan, nomor, alamat, catatan…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Penelepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Incidents found</source>
        <translation>Insiden yang ditemukan</translation>
    </message>
    <message>
        <source>Details of the incident found</source>
        <translation>Rincian insiden yang ditemukan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day before the last.</source>
        <translation>Periode dimulai setelah berakhir: pilih hari pertama sebelum hari terakhir.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found.</source>
        <translation>
            <numerusform>%n insiden ditemukan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed: narrow the period or add a word.</source>
        <translation>
            <numerusform>%n lainnya tidak ditampilkan: persempit periode atau tambahkan kata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sigap::HttpRequestReader</name>
    <message>
        <source>request too large</source>
        <translation>permintaan terlalu besar</translation>
    </message>
    <message>
        <source>not an HTTP request</source>
        <translation>bukan permintaan HTTP</translation>
    </message>
    <message>
        <source>send the body with a Content-Length</source>
        <translation>kirim isi permintaan dengan Content-Length</translation>
    </message>
    <message>
        <source>bad Content-Length</source>
        <translation>Content-Length tidak valid</translation>
    </message>
    <message>
        <source>a malformed header line</source>
        <translation>baris header yang cacat</translation>
    </message>
    <message>
        <source>a header that may come once came twice</source>
        <translation>header yang hanya boleh sekali muncul dua kali</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentCallsHtml</name>
    <message>
        <source>Calls and recordings</source>
        <translation>Panggilan dan rekaman</translation>
    </message>
    <message numerus="yes">
        <source>rang %n s</source>
        <translation>
            <numerusform>berdering %n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>put through to %1 at %2</source>
        <translation>dialihkan ke %1 pukul %2</translation>
    </message>
    <message>
        <source>called back at %1, answered</source>
        <translation>ditelepon balik pukul %1, diangkat</translation>
    </message>
    <message>
        <source>called back at %1, no answer</source>
        <translation>ditelepon balik pukul %1, tidak diangkat</translation>
    </message>
    <message>
        <source>being called back since %1</source>
        <translation>sedang ditelepon balik sejak %1</translation>
    </message>
    <message>
        <source>call from %1 at %2</source>
        <translation>panggilan dari %1 pukul %2</translation>
    </message>
    <message>
        <source>call-back to %1</source>
        <translation>telepon balik ke %1</translation>
    </message>
    <message>
        <source>recording (%1) removed under the room&apos;s retention</source>
        <translation>rekaman (%1) dihapus sesuai masa simpan ruang</translation>
    </message>
    <message>
        <source>▶ recording, %1, desk %2</source>
        <translation>▶ rekaman, %1, meja %2</translation>
    </message>
    <message>
        <source>▶ call-back recording, %1, desk %2</source>
        <translation>▶ rekaman telepon balik, %1, meja %2</translation>
    </message>
    <message>
        <source>Ctrl+P plays the last recording listed.</source>
        <translation>Ctrl+P memutar rekaman terakhir di daftar.</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentCommands</name>
    <message>
        <source>category: unknown category &quot;%1&quot;</source>
        <translation>category: kategori &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>priority: must be 1 (highest) to 4, not %1</source>
        <translation>priority: harus 1 (tertinggi) sampai 4, bukan %1</translation>
    </message>
    <message>
        <source>lat/lon: give both latitude and longitude, or neither</source>
        <translation>lat/lon: isi lintang dan bujur sekaligus, atau kosongkan keduanya</translation>
    </message>
    <message>
        <source>lat: %1 is not a latitude (-90 to 90)</source>
        <translation>lat: %1 bukan lintang yang valid (-90 sampai 90)</translation>
    </message>
    <message>
        <source>lon: %1 is not a longitude (-180 to 180)</source>
        <translation>lon: %1 bukan bujur yang valid (-180 sampai 180)</translation>
    </message>
    <message>
        <source>kelurahan: unknown kelurahan code &quot;%1&quot;</source>
        <translation>kelurahan: kode kelurahan &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>caller: &quot;%1&quot; is not a phone number</source>
        <translation>caller: &quot;%1&quot; bukan nomor telepon</translation>
    </message>
    <message>
        <source>note: the note is empty</source>
        <translation>note: catatan kosong</translation>
    </message>
    <message>
        <source>status: unknown status &quot;%1&quot; (new, in_progress, handed_off, closed, cancelled)</source>
        <translation>status: status &quot;%1&quot; tidak dikenal (new, in_progress, handed_off, closed, cancelled)</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentDetailsHtml</name>
    <message>
        <source>priority %1</source>
        <translation>prioritas %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Penelepon</translation>
    </message>
    <message>
        <source>%1, Kec. %2</source>
        <translation>%1, Kec. %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Conflicts for the shift lead</source>
        <translation>Konflik untuk kepala regu</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>Not handed off yet (Ctrl+H).</source>
        <translation>Belum diserahkan (Ctrl+H).</translation>
    </message>
    <message>
        <source>%1 — not acknowledged in time</source>
        <translation>%1 — belum diterima tepat waktu</translation>
    </message>
    <message>
        <source>handed off to %1</source>
        <translation>diserahkan ke %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>dilaporkan: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>catatan: %1</translation>
    </message>
    <message>
        <source>call linked: %1</source>
        <translation>panggilan ditautkan: %1</translation>
    </message>
    <message>
        <source>call link undone: %1</source>
        <translation>tautan panggilan dibatalkan: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>diubah: %1</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentForm</name>
    <message>
        <source>From the category</source>
        <translation>Sesuai kategori</translation>
    </message>
    <message>
        <source>type a kelurahan or kecamatan</source>
        <translation>ketik kelurahan atau kecamatan</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message>
        <source>&amp;Kelurahan</source>
        <translation>Ke&amp;lurahan</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ala&amp;mat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>New &amp;incident</source>
        <translation>Insiden &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Save the incident</source>
        <translation>&amp;Simpan insiden</translation>
    </message>
    <message>
        <source>%1, Kec. %2</source>
        <translation>%1, Kec. %2</translation>
    </message>
    <message>
        <source>Category: choose one of the list (type a part of its name).</source>
        <translation>Kategori: pilih salah satu dari daftar (ketik sebagian namanya).</translation>
    </message>
    <message>
        <source>Incident %1 saved.</source>
        <translation>Insiden %1 tersimpan.</translation>
    </message>
    <message>
        <source>F3 starts a new incident, Ctrl+Enter saves it.</source>
        <translation>F3 memulai insiden baru, Ctrl+Enter menyimpannya.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>That place is outside the city&apos;s kelurahan; type the kelurahan.</source>
        <translation>Lokasi itu di luar kelurahan kota ini; ketik kelurahannya.</translation>
    </message>
    <message>
        <source>not set: click the map while filling the form, or F4 and Enter</source>
        <translation>belum diisi: klik peta saat mengisi formulir, atau F4 lalu Enter</translation>
    </message>
    <message>
        <source>%1 (from the map)</source>
        <translation>%1 (dari peta)</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s network location)</source>
        <translation>%1 (lokasi penelepon dari jaringan)</translation>
    </message>
    <message>
        <source>Use the caller&apos;s &amp;location</source>
        <translation>Pakai &amp;lokasi penelepon</translation>
    </message>
    <message>
        <source>The call at this desk has no caller&apos;s location.</source>
        <translation>Panggilan di meja ini tidak punya lokasi penelepon.</translation>
    </message>
    <message>
        <source>The caller is outside the city&apos;s kelurahan; type the kelurahan.</source>
        <translation>Penelepon berada di luar kelurahan kota ini; ketik kelurahannya.</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s device location, ± %2 m)</source>
        <translation>%1 (lokasi perangkat penelepon, ± %2 m)</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s device location)</source>
        <translation>%1 (lokasi perangkat penelepon)</translation>
    </message>
    <message>
        <source>type a desa, kelurahan or kecamatan</source>
        <translation>ketik desa, kelurahan atau kecamatan</translation>
    </message>
    <message>
        <source>&amp;Desa/kelurahan</source>
        <translation>&amp;Desa/kelurahan</translation>
    </message>
    <message>
        <source>The caller is outside the regency&apos;s villages; type the desa or kelurahan.</source>
        <translation>Penelepon berada di luar desa/kelurahan kabupaten ini; ketik desa atau kelurahannya.</translation>
    </message>
    <message>
        <source>That place is outside the regency&apos;s villages; type the desa or kelurahan.</source>
        <translation>Tempat itu berada di luar desa/kelurahan kabupaten ini; ketik desa atau kelurahannya.</translation>
    </message>
    <message>
        <source>%1: nothing matches &quot;%2&quot;.</source>
        <translation>%1: tidak ada yang cocok dengan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentModel</name>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Penelepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentStatuses</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang ditangani</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>Sigap::KpiModel</name>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 dari %3)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (mnt)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dalam target</translation>
    </message>
    <message numerus="yes">
        <source>median %1, 90th percentile %2, from %n handoff(s)</source>
        <translation>
            <numerusform>median %1, persentil ke-90 %2, dari %n penyerahan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Median · 90th percentile, in minutes and seconds</source>
        <translation>Median · persentil ke-90, dalam menit dan detik</translation>
    </message>
    <message>
        <source>Answered → sent</source>
        <translation>Dijawab → dikirim</translation>
    </message>
    <message>
        <source>→ acknowledged</source>
        <translation>→ diterima</translation>
    </message>
    <message>
        <source>→ dispatched</source>
        <translation>→ diberangkatkan</translation>
    </message>
    <message>
        <source>→ on scene</source>
        <translation>→ di lokasi</translation>
    </message>
    <message>
        <source>→ finished</source>
        <translation>→ selesai</translation>
    </message>
    <message>
        <source>Answered → on scene</source>
        <translation>Dijawab → di lokasi</translation>
    </message>
</context>
<context>
    <name>Sigap::KpiPanel</name>
    <message>
        <source>This shift</source>
        <translation>Shift ini</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Response times per agency and category</source>
        <translation>Waktu tanggap per instansi dan kategori</translation>
    </message>
    <message>
        <source>Recompute the &amp;response times</source>
        <translation>&amp;Hitung ulang waktu tanggap</translation>
    </message>
    <message numerus="yes">
        <source>Response times %1 – %2: %n handoff(s)</source>
        <translation>
            <numerusform>Waktu tanggap %1 – %2: %n penyerahan</numerusform>
        </translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Call answered to on scene per agency (minutes)</source>
        <translation>Panggilan diangkat sampai tiba di lokasi per instansi (menit)</translation>
    </message>
    <message>
        <source>Calls: %1 offered · %2 % answered within %3 s (target %4 %) · p90 %5 s · %6 abandoned</source>
        <translation>Panggilan: %1 masuk · %2 % diangkat dalam %3 dtk (target %4 %) · p90 %5 dtk · %6 ditinggalkan</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadBoard</name>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Desks of the room</source>
        <translation>Meja di ruang ini</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dipegang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Insiden aktif</translation>
    </message>
    <message>
        <source>Sigap 112 — shift lead board — room %1</source>
        <translation>Sigap 112 — papan kepala shift — ruang %1</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Meja</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Eskalasi</translation>
    </message>
    <message>
        <source>Open &amp;incidents</source>
        <translation>&amp;Insiden aktif</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Kepala shift</translation>
    </message>
    <message>
        <source>&amp;Reassign the incident to an operator…</source>
        <translation>Alihkan insiden ke &amp;operator…</translation>
    </message>
    <message>
        <source>&amp;Take the incident over</source>
        <translation>&amp;Ambil alih insiden</translation>
    </message>
    <message>
        <source>You have the incident now.</source>
        <translation>Insiden sekarang Anda pegang.</translation>
    </message>
    <message>
        <source>&amp;Answer the escalation…</source>
        <translation>Tanggapi &amp;eskalasi…</translation>
    </message>
    <message>
        <source>&amp;Write the shift handover…</source>
        <translation>Tulis &amp;serah terima shift…</translation>
    </message>
    <message>
        <source>&amp;Countersign the handover (incoming lead)…</source>
        <translation>Tan&amp;datangani serah terima (kepala shift berikutnya)…</translation>
    </message>
    <message>
        <source>&amp;Monthly report (PDF)…</source>
        <translation>Laporan &amp;bulanan (PDF)…</translation>
    </message>
    <message>
        <source>shift lead: %1</source>
        <translation>kepala shift: %1</translation>
    </message>
    <message>
        <source>no shift lead signed in at this desk: the board is read-only</source>
        <translation>tidak ada kepala shift yang masuk di meja ini: papan hanya bisa dilihat</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (meja ini)</translation>
    </message>
    <message>
        <source>call from %1</source>
        <translation>panggilan dari %1</translation>
    </message>
    <message>
        <source>incident %1, %2</source>
        <translation>insiden %1, %2</translation>
    </message>
    <message>
        <source>Select an open incident first.</source>
        <translation>Pilih dulu insiden aktif.</translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Pilih dulu eskalasi.</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1 (%2), belum masuk</translation>
    </message>
    <message>
        <source>%1 (%2), at desk %3</source>
        <translation>%1 (%2), di meja %3</translation>
    </message>
    <message>
        <source>Reassign incident %1</source>
        <translation>Alihkan insiden %1</translation>
    </message>
    <message>
        <source>Give the incident to:</source>
        <translation>Berikan insiden kepada:</translation>
    </message>
    <message>
        <source>Incident given to %1; their desk is alerted.</source>
        <translation>Insiden diberikan kepada %1; mejanya sudah diberi tahu.</translation>
    </message>
    <message>
        <source>Answer the escalation</source>
        <translation>Tanggapi eskalasi</translation>
    </message>
    <message>
        <source>What is being done (optional):</source>
        <translation>Apa yang sedang dilakukan (opsional):</translation>
    </message>
    <message>
        <source>Escalation answered for the whole room.</source>
        <translation>Eskalasi ditanggapi untuk seluruh ruang.</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Serah terima shift</translation>
    </message>
    <message numerus="yes">
        <source>What the next shift must know (the %n open incident(s) are listed with it):</source>
        <translation>
            <numerusform>Yang harus diketahui shift berikutnya (%n insiden aktif ikut dicantumkan):</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover written: the incoming shift lead countersigns it (Ctrl+Shift+W).</source>
        <translation>Serah terima sudah ditulis: kepala shift berikutnya menandatanganinya (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>There is no handover waiting to be countersigned.</source>
        <translation>Tidak ada serah terima yang menunggu ditandatangani.</translation>
    </message>
    <message>
        <source>Countersign the handover of %1</source>
        <translation>Tandatangani serah terima dari %1</translation>
    </message>
    <message>
        <source>Countersign and sign in</source>
        <translation>Tandatangani dan masuk</translation>
    </message>
    <message>
        <source>Handover countersigned; %1 is signed in here.</source>
        <translation>Serah terima sudah ditandatangani; %1 masuk di sini.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>Simpan laporan shift</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Laporan tersimpan: %1</translation>
    </message>
    <message>
        <source>Folder for the shift&apos;s CSV files</source>
        <translation>Folder untuk berkas CSV shift</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1</source>
        <translation>
            <numerusform>%n berkas CSV ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Shift report (PDF)…</source>
        <translation>&amp;Laporan shift (PDF)…</translation>
    </message>
    <message>
        <source>Shift figures as CS&amp;V…</source>
        <translation>Data shift sebagai &amp;CSV…</translation>
    </message>
    <message>
        <source>Close the &amp;board</source>
        <translation>&amp;Tutup papan</translation>
    </message>
    <message numerus="yes">
        <source>Shift %1–%2 · %3 · %n open incident(s)</source>
        <translation>
            <numerusform>Shift %1–%2 · %3 · %n insiden aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Mont&amp;h&apos;s figures as CSV…</source>
        <translation>Data bulan i&amp;ni sebagai CSV…</translation>
    </message>
    <message>
        <source>Folder for the month&apos;s CSV files</source>
        <translation>Folder untuk berkas CSV bulan ini</translation>
    </message>
    <message>
        <source>Last month&apos;s re&amp;port (PDF)…</source>
        <translation>Laporan bulan lal&amp;u (PDF)…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>QUARANTINED: signed two different histories</source>
        <translation>DIKARANTINA: menandatangani dua riwayat berbeda</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>belum terlihat</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfigurasi</translation>
    </message>
    <message>
        <source>%1: NOT this desk&apos;s configuration</source>
        <translation>%1: BUKAN konfigurasi meja ini</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadCommands</name>
    <message>
        <source>No one is signed in at this desk: a shift lead signs in first.</source>
        <translation>Tidak ada yang masuk di meja ini: kepala shift harus masuk dulu.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: it needs the shift lead role.</source>
        <translation>%1 (%2) tidak boleh melakukan ini: perlu peran kepala shift.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Tidak ada insiden %1.</translation>
    </message>
    <message>
        <source>Incident %1 is %2: only an open incident is reassigned.</source>
        <translation>Insiden %1 berstatus %2: hanya insiden aktif yang bisa dialihkan.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Tidak ada operator %1.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 sudah tidak aktif.</translation>
    </message>
    <message>
        <source>%1 does not work incidents (roles: %2).</source>
        <translation>%1 tidak menangani insiden (peran: %2).</translation>
    </message>
    <message>
        <source>Incident %1 is already with %2.</source>
        <translation>Insiden %1 sudah dipegang %2.</translation>
    </message>
    <message>
        <source>This escalation has been answered already.</source>
        <translation>Eskalasi ini sudah ditanggapi.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Catatan lebih panjang dari %1 karakter.</translation>
    </message>
    <message>
        <source>The handover note is empty: write what the next shift must know.</source>
        <translation>Catatan serah terima kosong: tulis apa yang harus diketahui shift berikutnya.</translation>
    </message>
    <message>
        <source>There is no handover %1.</source>
        <translation>Tidak ada serah terima %1.</translation>
    </message>
    <message>
        <source>This handover was countersigned already, by %1.</source>
        <translation>Serah terima ini sudah ditandatangani oleh %1.</translation>
    </message>
    <message>
        <source>The incoming shift lead countersigns the handover, not the one who wrote it.</source>
        <translation>Serah terima ditandatangani oleh kepala shift berikutnya, bukan oleh yang menulisnya.</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadDesk</name>
    <message>
        <source>There is no escalation %1 now.</source>
        <translation>Saat ini tidak ada eskalasi %1.</translation>
    </message>
    <message>
        <source>The handover is countersigned at the desk where %1, who wrote it, is signed in.</source>
        <translation>Serah terima ditandatangani di meja tempat %1, yang menulisnya, sedang masuk.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Tidak ada operator %1.</translation>
    </message>
</context>
<context>
    <name>Sigap::LogAnonymiser</name>
    <message>
        <source>no call was offered in the chosen time window</source>
        <translation>tidak ada panggilan masuk dalam rentang waktu yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised replay: %n call(s)</source>
        <translation>
            <numerusform>Putar ulang anonim: %n panggilan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sigap::LogFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: entri %2: %3</translation>
    </message>
    <message>
        <source>not a Sigap log file (%1)</source>
        <translation>bukan berkas log Sigap (%1)</translation>
    </message>
    <message>
        <source>not a Sigap log file (no sigap-log header)</source>
        <translation>bukan berkas log Sigap (tidak ada header sigap-log)</translation>
    </message>
    <message>
        <source>log file version %1 is not supported</source>
        <translation>versi berkas log %1 tidak didukung</translation>
    </message>
    <message>
        <source>the header has no event count</source>
        <translation>header tidak memuat jumlah peristiwa</translation>
    </message>
    <message>
        <source>unreadable or truncated (%1)</source>
        <translation>tidak terbaca atau terpotong (%1)</translation>
    </message>
    <message>
        <source>event %1 is of room &quot;%2&quot;, the file is of room &quot;%3&quot;</source>
        <translation>peristiwa %1 milik ruang &quot;%2&quot;, berkas ini milik ruang &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the file ends after %1 of %2 events (truncated)</source>
        <translation>berkas berakhir setelah %1 dari %2 peristiwa (terpotong)</translation>
    </message>
    <message>
        <source>the file holds more events than its header&apos;s %1</source>
        <translation>berkas memuat lebih banyak peristiwa daripada %1 di header-nya</translation>
    </message>
</context>
<context>
    <name>Sigap::MainWindow</name>
    <message>
        <source>Sigap 112 — %1 — room %2</source>
        <translation>Sigap 112 — %1 — ruang %2</translation>
    </message>
    <message>
        <source>Incident list</source>
        <translation>Daftar insiden</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F): kelurahan, number, category…</source>
        <translation>Cari insiden (Ctrl+F): kelurahan, nomor, kategori…</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Rincian insiden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Open incidents</source>
        <translation>Insiden &amp;aktif</translation>
    </message>
    <message>
        <source>&amp;Closed incidents</source>
        <translation>Insiden &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;All incidents</source>
        <translation>Se&amp;mua insiden</translation>
    </message>
    <message>
        <source>Incident filter</source>
        <translation>Filter insiden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>&amp;Daftar insiden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;About Sigap 112</source>
        <translation>&amp;Tentang Sigap 112</translation>
    </message>
    <message>
        <source>About Sigap 112</source>
        <translation>Tentang Sigap 112</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sigap 112&lt;/b&gt; %1&lt;br&gt;Operator workstation for Call Center 112 command rooms.&lt;br&gt;&lt;br&gt;Administrative boundaries: cahyadsn/wilayah_boundaries (MIT License), codes per Kepmendagri No 300.2.2-2138 Tahun 2025.</source>
        <translation>&lt;b&gt;Sigap 112&lt;/b&gt; %1&lt;br&gt;Stasiun kerja operator untuk ruang kendali Call Center 112.&lt;br&gt;&lt;br&gt;Batas wilayah administrasi: cahyadsn/wilayah_boundaries (Lisensi MIT), kode sesuai Kepmendagri No 300.2.2-2138 Tahun 2025.</translation>
    </message>
    <message>
        <source>Open: %1 · All: %2 · Shown: %3</source>
        <translation>Aktif: %1 · Semua: %2 · Ditampilkan: %3</translation>
    </message>
    <message>
        <source>Room %1 · desk %2 · %3 events saved</source>
        <translation>Ruang %1 · meja %2 · %3 peristiwa tersimpan</translation>
    </message>
    <message>
        <source>&lt;p&gt;No incident selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidak ada insiden yang dipilih.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Panggilan</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Insiden baru</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Insiden</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tombol</translation>
    </message>
    <message>
        <source>Keys of the desk</source>
        <translation>Tombol-tombol meja</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;gelap</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>Perbesar &amp;huruf</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Perkecil h&amp;uruf</translation>
    </message>
    <message>
        <source>Res&amp;tore the saved layout</source>
        <translation>&amp;Kembalikan tata letak tersimpan</translation>
    </message>
    <message>
        <source>M&amp;y open incidents</source>
        <translation>Insiden aktif sa&amp;ya</translation>
    </message>
    <message>
        <source>Show the incident &amp;timeline</source>
        <translation>Tampilkan &amp;riwayat insiden</translation>
    </message>
    <message>
        <source>Incident and timeline</source>
        <translation>Insiden dan riwayat</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>Show the &amp;map</source>
        <translation>Tampilkan &amp;peta</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>P&amp;eta</translation>
    </message>
    <message>
        <source>&amp;Incidents on the map</source>
        <translation>&amp;Insiden di peta</translation>
    </message>
    <message>
        <source>&amp;Cameras on the map</source>
        <translation>&amp;Kamera di peta</translation>
    </message>
    <message>
        <source>&amp;Cameras near the selected incident</source>
        <translation>&amp;Kamera di dekat insiden terpilih</translation>
    </message>
    <message>
        <source>&amp;Wall of 1, 4 or 9 cameras</source>
        <translation>&amp;Dinding 1, 4 atau 9 kamera</translation>
    </message>
    <message>
        <source>Video wall</source>
        <translation>Dinding video</translation>
    </message>
    <message>
        <source>Vi&amp;deo</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Select an incident that has a place on the map first.</source>
        <translation>Pilih dulu insiden yang punya lokasi di peta.</translation>
    </message>
    <message>
        <source>No camera within %1 m of incident %2.</source>
        <translation>Tidak ada kamera dalam radius %1 m dari insiden %2.</translation>
    </message>
    <message>
        <source>&amp;Units on the map</source>
        <translation>&amp;Unit di peta</translation>
    </message>
    <message>
        <source>%1. Incidents and calls taken at other desks do not reach this desk, and its own do not reach them, until the connection is back.</source>
        <translation>%1. Insiden dan panggilan dari meja lain tidak sampai ke meja ini, dan yang dari meja ini tidak sampai ke mereka, sampai sambungan pulih.</translation>
    </message>
    <message>
        <source>&amp;Hand off the selected incident…</source>
        <translation>&amp;Serahkan insiden terpilih…</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>Select an incident in the list first, then Ctrl+H hands it off.</source>
        <translation>Pilih insiden di daftar dulu, lalu Ctrl+H menyerahkannya.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) not acknowledged in time</source>
        <translation>
            <numerusform>%n penyerahan belum diterima tepat waktu</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the incident: its panel shows which agency has not answered. Call the agency, or hand the incident to another one (Ctrl+H).</source>
        <translation>Pilih insidennya: panelnya menunjukkan instansi mana yang belum menjawab. Telepon instansi itu, atau serahkan insiden ke instansi lain (Ctrl+H).</translation>
    </message>
    <message>
        <source>Show the &amp;handoffs</source>
        <translation>Tampilkan &amp;penyerahan</translation>
    </message>
    <message>
        <source>Hand&amp;offs</source>
        <translation>Pen&amp;yerahan</translation>
    </message>
    <message>
        <source>Show the &amp;response times</source>
        <translation>Tampilkan &amp;waktu tanggap</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Waktu tanggap</translation>
    </message>
    <message>
        <source>&amp;Response times</source>
        <translation>&amp;Waktu tanggap</translation>
    </message>
    <message>
        <source>Sigap 112 — liaison desk of %1 — room %2</source>
        <translation>Sigap 112 — meja penghubung %1 — ruang %2</translation>
    </message>
    <message>
        <source>&amp;Play the incident&apos;s recording, or pause</source>
        <translation>&amp;Putar rekaman insiden, atau jeda</translation>
    </message>
    <message>
        <source>&amp;Stop the recording</source>
        <translation>&amp;Hentikan rekaman</translation>
    </message>
    <message>
        <source>The selected incident has no recorded call.</source>
        <translation>Insiden yang dipilih tidak punya panggilan yang direkam.</translation>
    </message>
    <message>
        <source>Select an incident in the list first.</source>
        <translation>Pilih dulu insiden di daftar.</translation>
    </message>
    <message>
        <source>Search &amp;history…</source>
        <translation>Cari &amp;riwayat…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) left out of the desk&apos;s own configuration files; the first: %1</source>
        <translation>
            <numerusform>%n entri tidak dipakai dari berkas konfigurasi meja ini; yang pertama: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The room&apos;s configuration %1 (%2), published by %3, is in force.</source>
        <translation>Konfigurasi ruang %1 (%2), diterbitkan oleh %3, kini berlaku.</translation>
    </message>
    <message>
        <source>Camera %1 needs the credentials &quot;%2&quot;, which this desk&apos;s store (%3) does not hold.</source>
        <translation>Kamera %1 memerlukan kredensial &quot;%2&quot;, yang tidak ada di simpanan meja ini (%3).</translation>
    </message>
</context>
<context>
    <name>Sigap::MapView</name>
    <message>
        <source>City map</source>
        <translation>Peta kota</translation>
    </message>
    <message>
        <source>Click the incident&apos;s place (or move with the arrows and press Enter).</source>
        <translation>Klik lokasi insiden (atau geser dengan tombol panah lalu tekan Enter).</translation>
    </message>
    <message>
        <source>%1 · %2 · position %3 s old</source>
        <translation>%1 · %2 · posisi %3 dtk yang lalu</translation>
    </message>
    <message>
        <source>Camera %1 (%2): click to watch</source>
        <translation>Kamera %1 (%2): klik untuk menonton</translation>
    </message>
    <message>
        <source>Incident %1: %2, %3</source>
        <translation>Insiden %1: %2, %3</translation>
    </message>
    <message>
        <source>available</source>
        <translation>siaga</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>menuju lokasi</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>di lokasi</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>tidak bertugas</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>diberangkatkan</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak beroperasi</translation>
    </message>
</context>
<context>
    <name>Sigap::MbTilesSource</name>
    <message>
        <source>%1: no such MBTiles file</source>
        <translation>%1: berkas MBTiles tidak ada</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1: not an MBTiles file (no metadata table)</source>
        <translation>%1: bukan berkas MBTiles (tidak ada tabel metadata)</translation>
    </message>
    <message>
        <source>%1: not an MBTiles file (no tiles table)</source>
        <translation>%1: bukan berkas MBTiles (tidak ada tabel tiles)</translation>
    </message>
</context>
<context>
    <name>Sigap::Node</name>
    <message>
        <source>%1: another Sigap desk or node is already using this data folder</source>
        <translation>%1: folder data ini sudah dipakai oleh meja atau node Sigap lain</translation>
    </message>
    <message>
        <source>the room&apos;s configuration %1, published by %2, is not in force here: %3</source>
        <translation>konfigurasi ruang %1, diterbitkan oleh %2, tidak berlaku di sini: %3</translation>
    </message>
    <message>
        <source>the event names no configuration hash</source>
        <translation>peristiwa ini tidak menyebut hash konfigurasi</translation>
    </message>
    <message>
        <source>%1: cannot put the configuration in place</source>
        <translation>%1: konfigurasi tidak dapat dipasang</translation>
    </message>
    <message>
        <source>its files hash to %1, not to the %2 it was published as</source>
        <translation>hash berkasnya %1, bukan %2 seperti saat diterbitkan</translation>
    </message>
</context>
<context>
    <name>Sigap::OperatorCommands</name>
    <message>
        <source>a PIN has %1 to %2 characters</source>
        <translation>PIN terdiri dari %1 sampai %2 karakter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id (1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>&quot;%1&quot; bukan id operator (1 sampai 40 huruf, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;)</translation>
    </message>
    <message>
        <source>operator %1 needs a name</source>
        <translation>operator %1 perlu nama</translation>
    </message>
    <message>
        <source>operator %1 needs at least one role</source>
        <translation>operator %1 perlu paling sedikit satu peran</translation>
    </message>
    <message>
        <source>a liaison needs the agency it works for</source>
        <translation>liaison perlu instansi tempatnya bekerja</translation>
    </message>
    <message>
        <source>there is no agency &quot;%1&quot;</source>
        <translation>tidak ada instansi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a liaison works for an agency</source>
        <translation>hanya liaison yang bekerja untuk instansi</translation>
    </message>
    <message>
        <source>there is no operator &quot;%1&quot;</source>
        <translation>tidak ada operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>operator %1 may no longer sign in</source>
        <translation>operator %1 tidak boleh masuk lagi</translation>
    </message>
    <message>
        <source>operator %1 has no PIN yet; an administrator sets one</source>
        <translation>operator %1 belum punya PIN; administrator yang menetapkannya</translation>
    </message>
    <message>
        <source>operator %1 is locked out after %2 wrong PINs, until %3 or until a shift lead unlocks</source>
        <translation>operator %1 terkunci setelah %2 kali PIN salah, sampai %3 atau sampai kepala shift membukanya</translation>
    </message>
    <message>
        <source>wrong PIN; operator %1 is now locked out for %2 minutes</source>
        <translation>PIN salah; operator %1 sekarang terkunci selama %2 menit</translation>
    </message>
    <message numerus="yes">
        <source>wrong PIN; %n more attempt(s) before operator %1 is locked out</source>
        <translation>
            <numerusform>PIN salah; %n kali lagi sebelum operator %1 terkunci</numerusform>
        </translation>
    </message>
    <message>
        <source>the PIN of operator %1 could not be hashed</source>
        <translation>PIN operator %1 tidak dapat di-hash</translation>
    </message>
    <message>
        <source>%1 may not change operator %2: this room has an administrator, and only an administrator may register operators or set PINs (an operator may set their own PIN, a shift lead may unlock)</source>
        <translation>%1 tidak boleh mengubah operator %2: ruang ini punya administrator, dan hanya administrator yang boleh mendaftarkan operator atau mengatur PIN (operator boleh mengatur PIN-nya sendiri, kepala regu boleh membuka kunci)</translation>
    </message>
    <message>
        <source>the PIN of operator %1 can only be checked on a desk that has the room key</source>
        <translation>PIN operator %1 hanya dapat diperiksa di meja yang memiliki kunci ruang</translation>
    </message>
</context>
<context>
    <name>Sigap::OperatorMenu</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Masuk…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Keluar dari &amp;akun</translation>
    </message>
    <message>
        <source>Open the incident &amp;given to you</source>
        <translation>Buka insiden yang &amp;diberikan kepada Anda</translation>
    </message>
    <message>
        <source>Shift lead &amp;board</source>
        <translation>&amp;Papan kepala shift</translation>
    </message>
    <message>
        <source>No one signed in (Ctrl+Shift+I)</source>
        <translation>Tidak ada yang masuk (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk: %1 (%2)</translation>
    </message>
    <message>
        <source>Shift lead %1 gave you incident %2 (%3). Ctrl+Shift+A opens it.</source>
        <translation>Kepala shift %1 memberikan insiden %2 (%3) kepada Anda. Ctrl+Shift+A membukanya.</translation>
    </message>
    <message>
        <source>Sign in at this desk</source>
        <translation>Masuk di meja ini</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>Sigap::OsmAndReceiver</name>
    <message>
        <source>--avl-listen %1: expected an IP address and a port, e.g. 0.0.0.0:5055</source>
        <translation>--avl-listen %1: seharusnya alamat IP dan port, mis. 0.0.0.0:5055</translation>
    </message>
    <message>
        <source>--avl-listen %1: %2</source>
        <translation>--avl-listen %1: %2</translation>
    </message>
    <message>
        <source>the JSON body has no location.coords</source>
        <translation>badan JSON tidak memiliki location.coords</translation>
    </message>
    <message>
        <source>no device id (id=)</source>
        <translation>tidak ada id perangkat (id=)</translation>
    </message>
    <message>
        <source>lat &quot;%1&quot; is not a latitude</source>
        <translation>lat &quot;%1&quot; bukan lintang</translation>
    </message>
    <message>
        <source>lon &quot;%1&quot; is not a longitude</source>
        <translation>lon &quot;%1&quot; bukan bujur</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a time</source>
        <translation>timestamp &quot;%1&quot; bukan waktu</translation>
    </message>
    <message>
        <source>unit %1 is not in the room&apos;s unit roster</source>
        <translation>unit %1 tidak ada dalam daftar unit ruangan</translation>
    </message>
    <message>
        <source>unit %1 did not give its device secret</source>
        <translation>unit %1 tidak menyertakan rahasia perangkatnya</translation>
    </message>
    <message>
        <source>AVL device secrets</source>
        <translation>rahasia perangkat AVL</translation>
    </message>
    <message>
        <source>AVL device secrets %1, line %2: expected unit-id=secret, a secret of %3 characters at least</source>
        <translation>rahasia perangkat AVL %1, baris %2: seharusnya id-unit=rahasia, rahasia minimal %3 karakter</translation>
    </message>
</context>
<context>
    <name>Sigap::PeerSession</name>
    <message>
        <source>the peer closed the connection</source>
        <translation>meja rekan menutup sambungan</translation>
    </message>
    <message>
        <source>no word from the peer for %1 s</source>
        <translation>tidak ada kabar dari meja rekan selama %1 detik</translation>
    </message>
    <message>
        <source>malformed frame: %1</source>
        <translation>bingkai rusak: %1</translation>
    </message>
    <message>
        <source>refused %1 events from desk %2: %3</source>
        <translation>%1 peristiwa dari meja %2 ditolak: %3</translation>
    </message>
    <message>
        <source>the peer closed the session: %1</source>
        <translation>meja rekan menutup sesi: %1</translation>
    </message>
    <message>
        <source>expected a hello, received a &quot;%1&quot; frame</source>
        <translation>menunggu hello, yang diterima bingkai &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a second hello in one session</source>
        <translation>hello kedua dalam satu sesi</translation>
    </message>
    <message>
        <source>the peer speaks sync protocol %1, this desk speaks %2</source>
        <translation>meja rekan memakai protokol sinkronisasi %1, meja ini %2</translation>
    </message>
    <message>
        <source>the peer is desk %1 of room %2, this is room %3</source>
        <translation>meja rekan adalah meja %1 dari ruang %2, ini ruang %3</translation>
    </message>
    <message>
        <source>this address is this desk itself</source>
        <translation>alamat ini adalah meja ini sendiri</translation>
    </message>
    <message>
        <source>asking again for the events that waited for this desk&apos;s clock</source>
        <translation>meminta ulang kejadian yang menunggu jam meja ini</translation>
    </message>
    <message>
        <source>events of desk %1 are stamped more than %2 min ahead of this desk&apos;s clock; they wait until the clock catches up (is that desk&apos;s clock right?)</source>
        <translation>kejadian dari meja %1 bercap waktu lebih dari %2 menit di depan jam meja ini; kejadian itu menunggu sampai jam menyusul (apakah jam meja itu benar?)</translation>
    </message>
    <message>
        <source>refused events %1 to %2 of desk %3 from desk %4: %5</source>
        <translation>peristiwa %1 sampai %2 dari meja %3 yang dikirim meja %4 ditolak: %5</translation>
    </message>
</context>
<context>
    <name>Sigap::PrivateData</name>
    <message>
        <source>%1: cannot create the data folder</source>
        <translation>%1: folder data tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1: cannot make the data folder private to its owner</source>
        <translation>%1: folder data tidak dapat dibuat khusus untuk pemiliknya</translation>
    </message>
    <message>
        <source>%1: cannot make it private to its owner</source>
        <translation>%1: tidak dapat dibuat khusus untuk pemiliknya</translation>
    </message>
</context>
<context>
    <name>Sigap::PrivateFile</name>
    <message>
        <source>%1 %2: cannot read (%3)</source>
        <translation>%1 %2: tidak dapat dibaca (%3)</translation>
    </message>
    <message>
        <source>%1 %2: others may read it; make it private with chmod 600</source>
        <translation>%1 %2: pengguna lain dapat membacanya; jadikan pribadi dengan chmod 600</translation>
    </message>
</context>
<context>
    <name>Sigap::ProjectionFold</name>
    <message>
        <source>the log must be folded again before a snapshot is written</source>
        <translation>log harus dilipat ulang sebelum snapshot ditulis</translation>
    </message>
</context>
<context>
    <name>Sigap::RecordingPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>Rekaman tidak dapat diputar: %1</translation>
    </message>
    <message>
        <source>The recording was removed under the room&apos;s retention settings.</source>
        <translation>Rekaman sudah dihapus sesuai pengaturan masa simpan ruang.</translation>
    </message>
    <message>
        <source>The recording is kept on desk %1; play it there.</source>
        <translation>Rekaman disimpan di meja %1; putar di sana.</translation>
    </message>
    <message>
        <source>The recording cannot be read: %1</source>
        <translation>Rekaman tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The recording %1 was changed after the call: its checksum no longer matches. It is not played; tell the shift lead.</source>
        <translation>Rekaman %1 diubah setelah panggilan: checksum-nya tidak cocok lagi. Rekaman tidak diputar; beri tahu kepala shift.</translation>
    </message>
    <message>
        <source>▶ %1 · %2 · Ctrl+P pauses, Ctrl+Shift+P stops</source>
        <translation>▶ %1 · %2 · Ctrl+P jeda, Ctrl+Shift+P berhenti</translation>
    </message>
    <message>
        <source>❚❚ %1 · %2 · Ctrl+P plays on, Ctrl+Shift+P stops</source>
        <translation>❚❚ %1 · %2 · Ctrl+P lanjut, Ctrl+Shift+P berhenti</translation>
    </message>
    <message>
        <source>■ %1 · played to the end · Ctrl+P plays it again</source>
        <translation>■ %1 · selesai diputar · Ctrl+P memutar lagi</translation>
    </message>
</context>
<context>
    <name>Sigap::RecordingRetention</name>
    <message>
        <source>recordings_days: %1 is not a number of days from 0 (for ever) to %2</source>
        <translation>recordings_days: %1 bukan jumlah hari dari 0 (selamanya) sampai %2</translation>
    </message>
    <message>
        <source>%1: cannot delete: %2</source>
        <translation>%1: tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>%1: not deleted, it is not a recording in %2</source>
        <translation>%1: tidak dihapus, bukan rekaman di %2</translation>
    </message>
    <message>
        <source>%1: not deleted, it is not the file that was recorded (its checksum differs)</source>
        <translation>%1: tidak dihapus, bukan berkas yang direkam (checksum-nya berbeda)</translation>
    </message>
</context>
<context>
    <name>Sigap::ReportCsv</name>
    <message>
        <source>Not classified</source>
        <translation>Belum diklasifikasi</translation>
    </message>
    <message>
        <source>The folder %1 for the CSV files does not exist</source>
        <translation>Folder %1 untuk berkas CSV tidak ada</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ReportDocument</name>
    <message>
        <source>Shift report</source>
        <translation>Laporan shift</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <source>%1 (%2 – %3 %4)</source>
        <extracomment>A month report&apos;s period: month and year, then the exact span</extracomment>
        <translation>%1 (%2 – %3 %4)</translation>
    </message>
    <message>
        <source>Not classified (abandoned or ringing)</source>
        <translation>Belum diklasifikasi (ditinggalkan atau berdering)</translation>
    </message>
    <message>
        <source>Calls by outcome</source>
        <translation>Panggilan menurut hasil</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>panggilan</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Insiden menurut kategori</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>insiden</translation>
    </message>
    <message>
        <source>Still open at the end</source>
        <translation>Masih aktif di akhir</translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation>Selesai atau dibatalkan</translation>
    </message>
    <message>
        <source>Call answered to on scene per agency</source>
        <translation>Panggilan diangkat sampai tiba di lokasi per instansi</translation>
    </message>
    <message>
        <source>minutes (m:ss)</source>
        <translation>menit (m:ss)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Panggilan per hari</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>Prank and ghost calls</source>
        <translation>Panggilan iseng dan kosong</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Panggilan lain</translation>
    </message>
    <message>
        <source>Command room</source>
        <extracomment>The command room&apos;s name in the report&apos;s title block</extracomment>
        <translation>Ruang komando</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Regional head · Kominfo</source>
        <translation>Kepala Daerah · Kominfo</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Serah terima shift</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Kepala shift</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Menyerahkan</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Panggilan masuk</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Diangkat</translation>
    </message>
    <message>
        <source>Abandoned while ringing</source>
        <translation>Ditinggalkan saat berdering</translation>
    </message>
    <message>
        <source>Answered within %1 s (target %2 %)</source>
        <translation>Diangkat dalam %1 dtk (target %2 %)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 dari %2 · %3</translation>
    </message>
    <message>
        <source>Time to answer p50 · p90 (m:ss)</source>
        <translation>Waktu angkat p50 · p90 (m:ss)</translation>
    </message>
    <message>
        <source>Prank calls</source>
        <translation>Panggilan iseng</translation>
    </message>
    <message>
        <source>%1 · %2 of calls</source>
        <translation>%1 · %2 dari semua panggilan</translation>
    </message>
    <message>
        <source>Ghost (silent) calls</source>
        <translation>Panggilan kosong (tanpa suara)</translation>
    </message>
    <message>
        <source>Incidents created</source>
        <translation>Insiden dibuat</translation>
    </message>
    <message>
        <source>Incidents open at the end</source>
        <translation>Insiden masih aktif di akhir</translation>
    </message>
    <message>
        <source>%1 (%2 of them created in this period)</source>
        <translation>%1 (%2 di antaranya dibuat dalam periode ini)</translation>
    </message>
    <message>
        <source>Incidents open at the end of the shift</source>
        <translation>Insiden yang masih aktif di akhir shift</translation>
    </message>
    <message>
        <source>None: every incident is closed or cancelled.</source>
        <translation>Tidak ada: semua insiden sudah selesai atau dibatalkan.</translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>Column heads of the open incidents; &quot;Age&quot; is hours and minutes (h:mm)</extracomment>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Prio.</source>
        <translation>Prio.</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Short column heads of the response-time tables, explained in the line above them</extracomment>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <source>Age: hours and minutes (h:mm) at the end of the shift.</source>
        <translation>Umur: jam dan menit (h:mm) di akhir shift.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Semua panggilan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Status at the end of the period.</source>
        <translation>Status di akhir periode.</translation>
    </message>
    <message>
        <source>Response times per agency</source>
        <translation>Waktu tanggap per instansi</translation>
    </message>
    <message>
        <source>From the call being answered to the agency on scene, over the handoffs sent in the period; p50 and p90 in minutes and seconds (m:ss).</source>
        <translation>Dari panggilan diangkat sampai instansi tiba di lokasi, untuk penyerahan yang dikirim dalam periode ini; p50 dan p90 dalam menit dan detik (m:ss).</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>per kategori</translation>
    </message>
    <message>
        <source>Ack.: handoff sent to acknowledged. On scene: call answered to the agency on scene. Within target: on scene within the target of the incident&apos;s category, of those on scene.</source>
        <translation>Terima: penyerahan dikirim sampai diterima. Di lokasi: panggilan diangkat sampai instansi tiba di lokasi. Dalam target: tiba di lokasi dalam target kategori insiden, dari yang sudah tiba di lokasi.</translation>
    </message>
    <message>
        <source>Ack. p50</source>
        <translation>Terima p50</translation>
    </message>
    <message>
        <source>On scene p50</source>
        <translation>Di lokasi p50</translation>
    </message>
    <message>
        <source>On scene p90</source>
        <translation>Di lokasi p90</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (mnt)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dalam target</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Per agency and category</source>
        <translation>Per instansi dan kategori</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Prank</source>
        <translation>Iseng</translation>
    </message>
    <message>
        <source>Ghost</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Prank and ghost share</source>
        <translation>Persentase iseng dan kosong</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>%1 tidak dapat ditulis: PDF tidak dapat dimulai</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished</source>
        <translation>%1 tidak dapat ditulis: PDF tidak dapat diselesaikan</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>The kota or kabupaten the room serves, in the report&apos;s title block</extracomment>
        <translation>Wilayah</translation>
    </message>
</context>
<context>
    <name>Sigap::Roles</name>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>agency liaison</source>
        <translation>liaison instansi</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>kepala shift</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>pelatih</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomAdmission</name>
    <message>
        <source>--room %1 does not match the room key %2 (room %3)</source>
        <translation>--room %1 tidak cocok dengan kunci ruang %2 (ruang %3)</translation>
    </message>
    <message>
        <source>%1 is the key of the live room %2: a training desk joins a training room only (sigapctl room init --training)</source>
        <translation>%1 adalah kunci ruang sungguhan %2: meja latihan hanya bergabung ke ruang latihan (sigapctl room init --training)</translation>
    </message>
    <message>
        <source>a standing clock (--clock-at) is for tests and training rooms, not the live room %1</source>
        <translation>jam yang berhenti (--clock-at) hanya untuk pengujian dan ruang latihan, bukan ruang langsung %1</translation>
    </message>
    <message>
        <source>a training desk takes no live feeds (--eido-listen, --avl-listen, --traccar-url)</source>
        <translation>meja latihan tidak menerima umpan langsung (--eido-listen, --avl-listen, --traccar-url)</translation>
    </message>
    <message>
        <source>%1 holds a live desk&apos;s store: a training desk keeps its own (give it another --data)</source>
        <translation>%1 berisi penyimpanan meja langsung: meja latihan memakai penyimpanannya sendiri (berikan --data yang lain)</translation>
    </message>
    <message>
        <source>%1 holds a training room&apos;s store: start it as a training desk (--training or a training room key)</source>
        <translation>%1 berisi penyimpanan ruang latihan: jalankan sebagai meja latihan (--training atau kunci ruang latihan)</translation>
    </message>
    <message>
        <source>%1: cannot write the training marker</source>
        <translation>%1: penanda latihan tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomConfiguration</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: bukan folder</translation>
    </message>
    <message>
        <source>%1: missing: a room configuration needs its city folder (city/city.json)</source>
        <translation>%1: tidak ada: konfigurasi ruang memerlukan folder kotanya (city/city.json)</translation>
    </message>
    <message>
        <source>%1: field &quot;timezone&quot;: &quot;%2&quot; is not a time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura)</source>
        <translation>%1: kolom &quot;timezone&quot;: &quot;%2&quot; bukan zona waktu (Asia/Jakarta, Asia/Makassar atau Asia/Jayapura)</translation>
    </message>
    <message>
        <source>Call Center 112 %1</source>
        <translation>Call Center 112 %1</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: bukan JSON yang sah: %3</translation>
    </message>
    <message>
        <source>%1:1: format: not a Sigap room file (format sigap-room, version 1)</source>
        <translation>%1:1: format: bukan berkas ruang Sigap (format sigap-room, versi 1)</translation>
    </message>
    <message>
        <source>%1:1: name: must be the room&apos;s name, not empty</source>
        <translation>%1:1: name: harus berisi nama ruang, tidak boleh kosong</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomSecret</name>
    <message>
        <source>%1 already exists; a room secret is never overwritten</source>
        <translation>%1 sudah ada; rahasia ruang tidak pernah ditimpa</translation>
    </message>
    <message>
        <source>%1: cannot create (%2)</source>
        <translation>%1: tidak dapat dibuat (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: tidak dapat ditulis (%2)</translation>
    </message>
    <message>
        <source>room key %1, line %2: expected room=, mode= or key=</source>
        <translation>kunci ruang %1, baris %2: seharusnya room=, mode= atau key=</translation>
    </message>
    <message>
        <source>room key %1, line %2: mode is live or training</source>
        <translation>kunci ruang %1, baris %2: mode adalah live atau training</translation>
    </message>
    <message>
        <source>room key %1, line %2: the key must be %3 hexadecimal digits</source>
        <translation>kunci ruang %1, baris %2: kunci harus %3 digit heksadesimal</translation>
    </message>
    <message>
        <source>room key %1: no valid room= line</source>
        <translation>kunci ruang %1: tidak ada baris room= yang sah</translation>
    </message>
    <message>
        <source>room key %1: the mode= or key= line is missing</source>
        <translation>kunci ruang %1: baris mode= atau key= tidak ada</translation>
    </message>
    <message>
        <source>it does not present itself as a Sigap desk (&quot;%1&quot;)</source>
        <translation>ia tidak memperkenalkan diri sebagai meja Sigap (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>desk %1 is a training desk (room %2) and this is a live room</source>
        <translation>meja %1 adalah meja latihan (ruang %2) dan ini ruang sungguhan</translation>
    </message>
    <message>
        <source>desk %1 is a live desk (room %2) and this is a training room</source>
        <translation>meja %1 adalah meja sungguhan (ruang %2) dan ini ruang latihan</translation>
    </message>
    <message>
        <source>desk %1 belongs to room %2, this is room %3</source>
        <translation>meja %1 milik ruang %2, ini ruang %3</translation>
    </message>
    <message>
        <source>room key</source>
        <translation>kunci ruang</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomStatus</name>
    <message>
        <source>LAN sync off</source>
        <translation>Sinkronisasi LAN mati</translation>
    </message>
    <message>
        <source>This desk does not sync with other desks (started without --room-key).</source>
        <translation>Meja ini tidak bersinkronisasi dengan meja lain (dijalankan tanpa --room-key).</translation>
    </message>
    <message>
        <source>%1: not connected since %2 (%3)</source>
        <translation>%1: tidak tersambung sejak %2 (%3)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>NOT CONNECTED: no other desk of room %1 found</source>
        <translation>TIDAK TERSAMBUNG: tidak ada meja lain dari ruang %1</translation>
    </message>
    <message>
        <source>NOT CONNECTED to the room&apos;s other desks; last contact %1</source>
        <translation>TIDAK TERSAMBUNG ke meja lain di ruang ini; kontak terakhir %1</translation>
    </message>
    <message>
        <source>LAN: %1 of %2 desks connected</source>
        <translation>LAN: %1 dari %2 meja tersambung</translation>
    </message>
    <message numerus="yes">
        <source>LAN: %n desk(s) connected, in sync</source>
        <translation>
            <numerusform>LAN: %n meja tersambung, sinkron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LAN: %n desk(s) connected, %1 events to send</source>
        <translation>
            <numerusform>LAN: %n meja tersambung, %1 peristiwa menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Room %1, this desk listens on %2</source>
        <translation>Ruang %1, meja ini mendengarkan di %2</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <translation>status tidak diketahui</translation>
    </message>
    <message>
        <source>%1 (%2): connected, %3 events behind, round trip %4 ms</source>
        <translation>%1 (%2): tersambung, tertinggal %3 peristiwa, pulang-pergi %4 ms</translation>
    </message>
    <message>
        <source>desk %1 QUARANTINED (forked log): tell the shift lead</source>
        <translation>meja %1 DIKARANTINA (log bercabang): beri tahu kepala regu</translation>
    </message>
    <message>
        <source>Quarantined for a forked log (sigapctl peers shows the hashes): %1</source>
        <translation>Dikarantina karena log bercabang (sigapctl peers menampilkan hash-nya): %1</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomSync</name>
    <message>
        <source>the desk is shutting down</source>
        <translation>meja sedang dimatikan</translation>
    </message>
    <message>
        <source>TLS is not available (OpenSSL could not be loaded)</source>
        <translation>TLS tidak tersedia (OpenSSL tidak dapat dimuat)</translation>
    </message>
    <message>
        <source>the room key %1 is for room %2, this store is room %3</source>
        <translation>kunci ruang %1 untuk ruang %2, penyimpanan ini milik ruang %3</translation>
    </message>
    <message>
        <source>--listen %1: expected an IP address and a port, e.g. 0.0.0.0:7112</source>
        <translation>--listen %1: seharusnya alamat IP dan port, mis. 0.0.0.0:7112</translation>
    </message>
    <message>
        <source>a desk at %1 failed the handshake: %2 (does it hold this room&apos;s key?)</source>
        <translation>meja di %1 gagal berjabat tangan: %2 (apakah ia memegang kunci ruang ini?)</translation>
    </message>
    <message>
        <source>--listen %1: %2</source>
        <translation>--listen %1: %2</translation>
    </message>
    <message>
        <source>--peer %1: expected an address and a port, e.g. 10.0.0.12:7112</source>
        <translation>--peer %1: seharusnya alamat dan port, mis. 10.0.0.12:7112</translation>
    </message>
    <message>
        <source>multicast group %1: expected a multicast address and a port, e.g. 239.255.112.112:41112</source>
        <translation>grup multicast %1: seharusnya alamat multicast dan port, mis. 239.255.112.112:41112</translation>
    </message>
    <message>
        <source>announcing this desk needs --listen; add it, or --no-multicast</source>
        <translation>mengumumkan meja ini memerlukan --listen; tambahkan, atau pakai --no-multicast</translation>
    </message>
    <message>
        <source>multicast discovery on %1 is off: %2</source>
        <translation>penemuan multicast di %1 mati: %2</translation>
    </message>
    <message>
        <source>%1:%2 refused: %3</source>
        <translation>%1:%2 ditolak: %3</translation>
    </message>
    <message>
        <source>%1:%2 refused the handshake: %3 (does this desk hold the room&apos;s key?)</source>
        <translation>%1:%2 menolak jabat tangan: %3 (apakah meja ini memegang kunci ruang?)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>refused a desk at %1: %2</source>
        <translation>meja di %1 ditolak: %2</translation>
    </message>
    <message>
        <source>a session with this desk is already open</source>
        <translation>sesi dengan meja ini sudah terbuka</translation>
    </message>
</context>
<context>
    <name>Sigap::Scenario</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a Sigap scenario (field &quot;format&quot; is not &quot;sigap-scenario&quot;)</source>
        <translation>%1: bukan skenario Sigap (kolom &quot;format&quot; bukan &quot;sigap-scenario&quot;)</translation>
    </message>
    <message>
        <source>%1: field &quot;version&quot; is missing or not a whole number</source>
        <translation>%1: kolom &quot;version&quot; tidak ada atau bukan bilangan bulat</translation>
    </message>
    <message>
        <source>%1: scenario version %2 is newer than this program reads (1 to %3); update Sigap to play it</source>
        <translation>%1: skenario versi %2 lebih baru daripada yang bisa dibaca program ini (1 sampai %3); perbarui Sigap untuk memutarnya</translation>
    </message>
    <message>
        <source>%1: field &quot;calls&quot; is not a list</source>
        <translation>%1: kolom &quot;calls&quot; bukan daftar</translation>
    </message>
    <message>
        <source>%1: calls[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: calls[%2]: kolom &quot;%3&quot; tidak ada atau salah</translation>
    </message>
    <message>
        <source>%1: calls[%2]: field &quot;expect.duplicate_of&quot;: &quot;%3&quot; is not an earlier call expected to report an incident</source>
        <translation>%1: calls[%2]: kolom &quot;expect.duplicate_of&quot;: &quot;%3&quot; bukan panggilan sebelumnya yang diharapkan melaporkan insiden</translation>
    </message>
    <message>
        <source>%1: units[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: units[%2]: kolom &quot;%3&quot; tidak ada atau salah</translation>
    </message>
    <message>
        <source>%1: agency_responses[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: agency_responses[%2]: kolom &quot;%3&quot; tidak ada atau salah</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ScenarioCallSource</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>call %1 is not in conversation</source>
        <translation>panggilan %1 tidak sedang dilayani</translation>
    </message>
    <message>
        <source>call %1 is not on hold</source>
        <translation>panggilan %1 tidak sedang ditahan</translation>
    </message>
</context>
<context>
    <name>Sigap::ScenarioPlayer</name>
    <message>
        <source>call %1 from %2</source>
        <translation>panggilan %1 dari %2</translation>
    </message>
    <message>
        <source>unit %1 moves</source>
        <translation>unit %1 bergerak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::Shifts</name>
    <message>
        <source>a room has 1 to %1 shifts, not %2</source>
        <translation>sebuah ruangan memiliki 1 sampai %1 shift, bukan %2</translation>
    </message>
    <message>
        <source>%1 minutes is not a time of day</source>
        <translation>%1 menit bukan jam dalam sehari</translation>
    </message>
    <message>
        <source>the shift from %1 is shorter than an hour, or the times are not in order</source>
        <translation>shift mulai %1 kurang dari satu jam, atau jamnya tidak berurutan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day as HH:MM</source>
        <translation>&quot;%1&quot; bukan jam dalam bentuk HH:MM</translation>
    </message>
</context>
<context>
    <name>Sigap::SignInDialog</name>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No operator can sign here. An administrator registers operators with sigapctl operator add.</source>
        <translation>Belum ada operator yang bisa masuk di sini. Administrator mendaftarkan operator dengan sigapctl operator add.</translation>
    </message>
</context>
<context>
    <name>Sigap::SipCallSource</name>
    <message>
        <source>record_dir: cannot create the folder %1</source>
        <translation>record_dir: folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>local_port: cannot listen on %1 port %2</source>
        <translation>local_port: tidak dapat mendengarkan di %1 port %2</translation>
    </message>
    <message>
        <source>the SIP stack did not start</source>
        <translation>tumpukan SIP tidak berjalan</translation>
    </message>
    <message>
        <source>identity: &quot;%1&quot; is not a SIP address</source>
        <translation>identity: &quot;%1&quot; bukan alamat SIP</translation>
    </message>
    <message>
        <source>registrar: &quot;%1&quot; is not a SIP address</source>
        <translation>registrar: &quot;%1&quot; bukan alamat SIP</translation>
    </message>
    <message>
        <source>identity, registrar: liblinphone refused the account %1 at %2</source>
        <translation>identity, registrar: liblinphone menolak akun %1 di %2</translation>
    </message>
    <message>
        <source>call %1 is not in conversation</source>
        <translation>panggilan %1 tidak sedang dilayani</translation>
    </message>
    <message>
        <source>call %1 is not on hold</source>
        <translation>panggilan %1 tidak sedang ditahan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or SIP address</source>
        <translation>&quot;%1&quot; bukan nomor atau alamat SIP</translation>
    </message>
    <message>
        <source>the transfer of call %1 was refused</source>
        <translation>pengalihan panggilan %1 ditolak</translation>
    </message>
    <message>
        <source>cannot call %1 back</source>
        <translation>tidak dapat menelepon balik %1</translation>
    </message>
    <message>
        <source>liblinphone&apos;s grammars are missing (%1): install linphone-common</source>
        <translation>tata bahasa liblinphone tidak ada (%1): pasang linphone-common</translation>
    </message>
</context>
<context>
    <name>Sigap::SipConfig</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a Sigap SIP configuration of version 1 (format, version)</source>
        <translation>%1: bukan konfigurasi SIP Sigap versi 1 (format, version)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: kolom &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>a SIP address like sip:room@pbx.example is needed</source>
        <translation>perlu alamat SIP seperti sip:room@pbx.example</translation>
    </message>
    <message>
        <source>a SIP URI like sip:pbx.example:5060 is needed</source>
        <translation>perlu URI SIP seperti sip:pbx.example:5060</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>a password needs the user name it belongs to</source>
        <translation>kata sandi memerlukan nama pengguna pemiliknya</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not udp, tcp or tls</source>
        <translation>&quot;%1&quot; bukan udp, tcp atau tls</translation>
    </message>
    <message>
        <source>a port number from 0 (any) to 65535 is needed</source>
        <translation>perlu nomor port dari 0 (bebas) sampai 65535</translation>
    </message>
    <message>
        <source>a number of seconds from 10 to 86400 is needed</source>
        <translation>perlu jumlah detik dari 10 sampai 86400</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::SyncCommandLine</name>
    <message>
        <source>The room&apos;s secret (made by sigapctl room init); turns on LAN sync.</source>
        <translation>Rahasia ruang (dibuat oleh sigapctl room init); menyalakan sinkronisasi LAN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address for LAN sync with the other desks (port 0: any free port).</source>
        <translation>Alamat untuk sinkronisasi LAN dengan meja lain (port 0: port bebas mana saja).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>A peer desk to sync with (repeatable).</source>
        <translation>Meja rekan untuk sinkronisasi (boleh berulang).</translation>
    </message>
    <message>
        <source>Do not announce or discover desks by multicast.</source>
        <translation>Jangan umumkan atau cari meja lewat multicast.</translation>
    </message>
    <message>
        <source>Multicast group for discovery (default %1).</source>
        <translation>Grup multicast untuk penemuan (bawaan %1).</translation>
    </message>
    <message>
        <source>GROUP:PORT</source>
        <translation>GROUP:PORT</translation>
    </message>
    <message>
        <source>LAN sync needs the room&apos;s secret: add --room-key FILE</source>
        <translation>Sinkronisasi LAN memerlukan rahasia ruang: tambahkan --room-key FILE</translation>
    </message>
    <message>
        <source>--room-key needs --listen ADDR:PORT or --peer ADDR:PORT</source>
        <translation>--room-key memerlukan --listen ADDR:PORT atau --peer ADDR:PORT</translation>
    </message>
    <message>
        <source>Minutes a peer&apos;s events may be stamped ahead of this desk&apos;s clock before they wait, 1 to 60 (default %1).</source>
        <translation>Berapa menit kejadian dari meja lain boleh bercap waktu di depan jam meja ini sebelum harus menunggu, 1 sampai 60 (bawaan %1).</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MENIT</translation>
    </message>
    <message>
        <source>--max-clock-ahead: &quot;%1&quot; is not a number of minutes from 1 to 60</source>
        <translation>--max-clock-ahead: &quot;%1&quot; bukan jumlah menit dari 1 sampai 60</translation>
    </message>
</context>
<context>
    <name>Sigap::SyncMessages</name>
    <message>
        <source>the &quot;%1&quot; frame has no valid &quot;%2&quot;</source>
        <translation>bingkai &quot;%1&quot; tidak memiliki &quot;%2&quot; yang sah</translation>
    </message>
    <message>
        <source>event %1 of an &quot;events&quot; frame: %2</source>
        <translation>peristiwa ke-%1 dari bingkai &quot;events&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::TraccarCommandLine</name>
    <message>
        <source>Poll unit positions from this Traccar server&apos;s REST API.</source>
        <translation>Ambil posisi unit secara berkala dari REST API server Traccar ini.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the Traccar server.</source>
        <translation>Nama pengguna di server Traccar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>File holding the Traccar user&apos;s password (its first line).</source>
        <translation>Berkas berisi kata sandi pengguna Traccar (baris pertamanya).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seconds between two polls of Traccar, 2 to 3600 (default 10).</source>
        <translation>Detik antara dua pengambilan dari Traccar, 2 sampai 3600 (bawaan 10).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>the Traccar options need the server: add --traccar-url URL</source>
        <translation>opsi Traccar memerlukan servernya: tambahkan --traccar-url URL</translation>
    </message>
    <message>
        <source>--traccar-url %1: expected an http:// or https:// address, e.g. http://10.0.0.5:8082</source>
        <translation>--traccar-url %1: seharusnya alamat http:// atau https://, mis. http://10.0.0.5:8082</translation>
    </message>
    <message>
        <source>--traccar-url needs --traccar-user NAME and --traccar-password-file FILE</source>
        <translation>--traccar-url memerlukan --traccar-user NAME dan --traccar-password-file FILE</translation>
    </message>
    <message>
        <source>--traccar-password-file %1: cannot read: %2</source>
        <translation>--traccar-password-file %1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>--traccar-password-file %1: the first line is empty</source>
        <translation>--traccar-password-file %1: baris pertamanya kosong</translation>
    </message>
    <message>
        <source>--traccar-interval: &quot;%1&quot; is not a number of seconds from 2 to 3600</source>
        <translation>--traccar-interval: &quot;%1&quot; bukan jumlah detik dari 2 sampai 3600</translation>
    </message>
    <message>
        <source>Accept a plain http:// Traccar address (the password then crosses the network unencrypted).</source>
        <translation>Terima alamat Traccar http:// biasa (kata sandinya lalu melintasi jaringan tanpa enkripsi).</translation>
    </message>
    <message>
        <source>--traccar-url %1: plain http sends the Traccar password unencrypted; use https://, or add --traccar-allow-http where the link to the server is private</source>
        <translation>--traccar-url %1: http biasa mengirim kata sandi Traccar tanpa enkripsi; pakai https://, atau tambahkan --traccar-allow-http bila jalur ke server itu privat</translation>
    </message>
    <message>
        <source>Traccar password file</source>
        <translation>berkas kata sandi Traccar</translation>
    </message>
</context>
<context>
    <name>Sigap::TraccarPoller</name>
    <message>
        <source>Traccar %1: HTTP %2, the server refused user &quot;%3&quot; (wrong user or password?)</source>
        <translation>Traccar %1: HTTP %2, server menolak pengguna &quot;%3&quot; (pengguna atau kata sandi salah?)</translation>
    </message>
    <message>
        <source>Traccar %1: HTTP %2: %3</source>
        <translation>Traccar %1: HTTP %2: %3</translation>
    </message>
    <message>
        <source>Traccar %1: %2</source>
        <translation>Traccar %1: %2</translation>
    </message>
    <message>
        <source>Traccar %1: HTTP %2</source>
        <translation>Traccar %1: HTTP %2</translation>
    </message>
    <message>
        <source>the device list is not a JSON array</source>
        <translation>daftar perangkat bukan larik JSON</translation>
    </message>
    <message>
        <source>the position list is not a JSON array</source>
        <translation>daftar posisi bukan larik JSON</translation>
    </message>
</context>
<context>
    <name>Sigap::TrainerConsole</name>
    <message>
        <source>Open file…</source>
        <translation>Buka berkas…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Trainer&apos;s console</source>
        <translation>Konsol pelatih</translation>
    </message>
    <message>
        <source>Save results as PDF…</source>
        <translation>Simpan hasil sebagai PDF…</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed %1× (key %1)</source>
        <translation>Kecepatan %1× (tombol %1)</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Berikutnya:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <source>Save results as PDF</source>
        <translation>Simpan hasil sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Hasil tidak tersimpan</translation>
    </message>
    <message>
        <source>Scenario not loaded</source>
        <translation>Skenario tidak dimuat</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Buka skenario</translation>
    </message>
    <message>
        <source>Sigap scenarios (*.json)</source>
        <translation>Skenario Sigap (*.json)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Scenario time %1</source>
        <translation>Waktu skenario %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>running at %1×</source>
        <translation>berjalan %1×</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Training results</source>
        <translation>Hasil latihan</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation>%1: PDF tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>Sigap::TrainingResultsModel</name>
    <message>
        <source>–</source>
        <extracomment>A time that did not happen (the call was never answered, classified or handed off)</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>right</source>
        <translation>benar</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>salah</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(tidak diangkat)</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>terlewat</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Peserta latihan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Diangkat</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Diklasifikasi</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
</context>
<context>
    <name>Sigap::TrainingScore</name>
    <message>
        <source>Training results: %1</source>
        <translation>Hasil latihan: %1</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Peserta latihan</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Missed duplicates</source>
        <translation>Duplikat terlewat</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>Rata-rata waktu angkat</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
</context>
<context>
    <name>Sigap::TransferDialog</name>
    <message>
        <source>Transfer the caller</source>
        <translation>Alihkan penelepon</translation>
    </message>
    <message>
        <source>Put the caller %1 through to:</source>
        <translation>Alihkan penelepon %1 ke:</translation>
    </message>
    <message>
        <source>Type part of the agency&apos;s name or number</source>
        <translation>Ketik sebagian nama atau nomor instansi</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
    <message>
        <source>Agency numbers</source>
        <translation>Nomor instansi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room&apos;s agency list has no phone numbers.</source>
        <translation>Daftar instansi ruang ini tidak punya nomor telepon.</translation>
    </message>
    <message>
        <source>Transfer (Enter)</source>
        <translation>Alihkan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitChoiceDialog</name>
    <message>
        <source>Dispatch a unit</source>
        <translation>Berangkatkan unit</translation>
    </message>
    <message>
        <source>Nearest available units, measured from the kelurahan (the incident has no place on the map); the time is an estimate by road:</source>
        <translation>Unit siaga terdekat, diukur dari kelurahan (insiden tidak punya lokasi di peta); waktunya perkiraan lewat jalan:</translation>
    </message>
    <message>
        <source>Nearest available units; the time is an estimate by road:</source>
        <translation>Unit siaga terdekat; waktunya perkiraan lewat jalan:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 km, about %4 min</source>
        <translation>%1 (%2) — %3 km, sekitar %4 mnt</translation>
    </message>
    <message>
        <source>Dispatch (Enter)</source>
        <translation>Berangkatkan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitCommands</name>
    <message>
        <source>no unit with id &quot;%1&quot; in the room&apos;s unit roster</source>
        <translation>tidak ada unit dengan id &quot;%1&quot; di daftar unit ruang ini</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: expected one of %2</source>
        <translation>status &quot;%1&quot;: seharusnya salah satu dari %2</translation>
    </message>
    <message>
        <source>unit %1: dispatched needs the incident and the agency (--incident ID --agency ID)</source>
        <translation>unit %1: dispatched memerlukan insiden dan instansinya (--incident ID --agency ID)</translation>
    </message>
    <message>
        <source>unit %1: only dispatched names an incident and an agency, not %2</source>
        <translation>unit %1: hanya dispatched yang menyebut insiden dan instansi, bukan %2</translation>
    </message>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>tidak ada insiden dengan id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>tidak ada instansi dengan id &quot;%1&quot; di direktori instansi ruang ini</translation>
    </message>
    <message>
        <source>unit %1 (%2) belongs to %3, not to %4</source>
        <translation>unit %1 (%2) milik %3, bukan %4</translation>
    </message>
    <message>
        <source>incident %1 has no open handoff to %2; hand it to the agency first</source>
        <translation>insiden %1 tidak punya penyerahan terbuka ke %2; serahkan dulu ke instansi itu</translation>
    </message>
    <message>
        <source>unit %1 (%2) is %3 and cannot be dispatched now</source>
        <translation>unit %1 (%2) sedang %3 dan tidak bisa diberangkatkan sekarang</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitRoster</name>
    <message>
        <source>unit roster</source>
        <translation>daftar unit</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1:%2: unit %3: %4: missing or wrong; the unit is left out</source>
        <translation>%1:%2: unit %3: %4: tidak ada atau salah; unit ini tidak dipakai</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitStatuses</name>
    <message>
        <source>Available</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Diberangkatkan</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>Di lokasi</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak beroperasi</translation>
    </message>
</context>
<context>
    <name>Sigap::VideoProcess</name>
    <message>
        <source>the stream cannot be opened</source>
        <translation>siaran tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>siaran berhenti</translation>
    </message>
    <message>
        <source>the player failed</source>
        <translation>pemutar gagal</translation>
    </message>
    <message>
        <source>the video program %1 cannot be started</source>
        <translation>program video %1 tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>the video process crashed (signal %1)</source>
        <translation>proses video mogok (sinyal %1)</translation>
    </message>
    <message>
        <source>the video process ended (exit code %1)</source>
        <translation>proses video berhenti (kode keluar %1)</translation>
    </message>
    <message>
        <source>the video process sent something that is not a picture</source>
        <translation>proses video mengirim sesuatu yang bukan gambar</translation>
    </message>
</context>
<context>
    <name>SigapDesk</name>
    <message>
        <source>Sigap 112 desk: the operator workstation of a Call Center 112 room.</source>
        <translation>Meja Sigap 112: stasiun kerja operator di ruang Call Center 112.</translation>
    </message>
    <message>
        <source>Data folder of this desk.</source>
        <translation>Folder data meja ini.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start on the demo city (a new data folder gets a demo shift).</source>
        <translation>Mulai dengan kota demo (folder data baru diisi satu shift demo).</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save a picture of the screen once the window is up, then quit.</source>
        <translation>Simpan gambar layar setelah jendela tampil, lalu keluar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>sigap: %1</source>
        <translation>sigap: %1</translation>
    </message>
    <message>
        <source>Sigap 112 cannot start</source>
        <translation>Sigap 112 tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>sigap: cannot save the screenshot to %1</source>
        <translation>sigap: tangkapan layar tidak dapat disimpan ke %1</translation>
    </message>
    <message>
        <source>Demo: calls per hour in the live call stream, 1 to 3600 (default 90, one every 40 s).</source>
        <translation>Demo: jumlah panggilan per jam dalam aliran panggilan langsung, 1 sampai 3600 (bawaan 90, satu tiap 40 dtk).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Take the calls from this scenario file instead (training, demo).</source>
        <translation>Ambil panggilan dari berkas skenario ini (pelatihan, demo).</translation>
    </message>
    <message>
        <source>sigap: --call-rate: &quot;%1&quot; is not a number of calls per hour from 1 to 3600</source>
        <translation>sigap: --call-rate: &quot;%1&quot; bukan jumlah panggilan per jam dari 1 sampai 3600</translation>
    </message>
    <message>
        <source>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</source>
        <translation>Terima posisi unit dengan protokol OsmAnd (Traccar Client) di sini.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>This desk is the room&apos;s liaison desk of this agency (its id in the agency directory).</source>
        <translation>Meja ini adalah meja penghubung instansi ini di ruang (id-nya di direktori instansi).</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>AGENCY</translation>
    </message>
    <message>
        <source>sigap: --agency: &quot;%1&quot; is not in the room&apos;s agency directory (%2)</source>
        <translation>sigap: --agency: &quot;%1&quot; tidak ada di direktori instansi ruang ini (%2)</translation>
    </message>
    <message>
        <source>Take the room&apos;s calls over SIP with this desk&apos;s account (sip.json, see docs/admin/sip.md).</source>
        <translation>Terima panggilan ruang lewat SIP dengan akun meja ini (sip.json, lihat docs/admin/sip.md).</translation>
    </message>
    <message>
        <source>sigap: --sip and --scenario: calls come from one of them</source>
        <translation>sigap: --sip dan --scenario: panggilan datang dari salah satunya saja</translation>
    </message>
    <message>
        <source>sigap: --sip: %1</source>
        <translation>sigap: --sip: %1</translation>
    </message>
    <message>
        <source>sigap: --sip: this build has no SIP (built without liblinphone)</source>
        <translation>sigap: --sip: versi ini tanpa SIP (dibangun tanpa liblinphone)</translation>
    </message>
    <message>
        <source>A training desk: in a training room only (a training room key, or none), its calls from the scenario (--scenario FILE, else the first bundled one) on the trainer&apos;s clock, the trainer&apos;s console beside it, and LATIHAN / TRAINING on every window.</source>
        <translation>Meja latihan: hanya di ruang latihan (kunci ruang latihan, atau tanpa kunci), panggilannya dari skenario (--scenario FILE, atau skenario bawaan pertama) menurut jam pelatih, konsol pelatih di sampingnya, dan LATIHAN / TRAINING di setiap jendela.</translation>
    </message>
    <message>
        <source>sigap: --sip and --training: a training desk takes only the scenario&apos;s calls</source>
        <translation>sigap: --sip dan --training: meja latihan hanya menerima panggilan dari skenario</translation>
    </message>
    <message>
        <source>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</source>
        <translation>Folder konfigurasi ruang: kota, kategori, instansi, unit, kamera (lihat dokumen admin).</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>FOLDERKONFIG</translation>
    </message>
</context>
<context>
    <name>SigapNode</name>
    <message>
        <source>Sigap 112 node: the desk&apos;s core without a window.</source>
        <translation>Node Sigap 112: inti meja tanpa jendela.</translation>
    </message>
    <message>
        <source>Data folder of this node.</source>
        <translation>Folder data node ini.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Room id; a store of another room is refused.</source>
        <translation>ID ruang; penyimpanan peristiwa milik ruang lain ditolak.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fill a new store with a demo shift of Banjarmasin.</source>
        <translation>Isi penyimpanan peristiwa baru dengan shift demo Banjarmasin.</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>sigap-node: --data DIR is required</source>
        <translation>sigap-node: --data DIR wajib diisi</translation>
    </message>
    <message>
        <source>sigap-node: %1</source>
        <translation>sigap-node: %1</translation>
    </message>
    <message>
        <source>sigap-node: room %1, desk %2, %3 events, %4 incidents; data in %5</source>
        <translation>sigap-node: ruang %1, meja %2, %3 peristiwa, %4 insiden; data di %5</translation>
    </message>
    <message>
        <source>sigap-node: LAN sync of %1 room %2, listening on %3</source>
        <translation>sigap-node: sinkronisasi LAN ruang %1 %2, mendengarkan di %3</translation>
    </message>
    <message>
        <source>training</source>
        <translation>latihan</translation>
    </message>
    <message>
        <source>live</source>
        <translation>sungguhan</translation>
    </message>
    <message>
        <source>(nothing; dialling peers only)</source>
        <translation>(tidak ada; hanya menghubungi meja rekan)</translation>
    </message>
    <message>
        <source>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</source>
        <translation>Terima posisi unit dengan protokol OsmAnd (Traccar Client) di sini.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>sigap-node: EIDO status updates from agencies on https://%1%2</source>
        <translation>sigap-node: pembaruan status EIDO dari instansi di https://%1%2</translation>
    </message>
    <message>
        <source>Run on a clock that stands at MS (milliseconds since 1970, UTC) and moves only when &apos;sigapctl clock set&apos; says so: for tests and rehearsals, never for a live room.</source>
        <translation>Jalankan dengan jam yang berhenti di MS (milidetik sejak 1970, UTC) dan hanya bergerak bila diperintah &apos;sigapctl clock set&apos;: untuk pengujian dan gladi, jangan untuk ruang sungguhan.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>sigap-node: --clock-at takes milliseconds since 1970, not &quot;%1&quot;</source>
        <translation>sigap-node: --clock-at berisi milidetik sejak 1970, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sigap-node: the clock stands at %1 and moves only by &apos;sigapctl clock set&apos;</source>
        <translation>sigap-node: jam berhenti di %1 dan hanya bergerak lewat &apos;sigapctl clock set&apos;</translation>
    </message>
    <message>
        <source>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</source>
        <translation>Folder konfigurasi ruang: kota, kategori, instansi, unit, kamera (lihat dokumen admin).</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>FOLDERKONFIG</translation>
    </message>
</context>
<context>
    <name>SigapVideo</name>
    <message>
        <source>Sigap 112 video process: plays one camera stream for a tile of the desk. Started by the desk, which sends it the stream on standard input.</source>
        <translation>Proses video Sigap 112: memutar satu siaran kamera untuk satu petak di meja operator. Dijalankan oleh meja, yang mengirim alamat siaran lewat masukan standar.</translation>
    </message>
</context>
<context>
    <name>Sigapctl</name>
    <message>
        <source>  address: %1</source>
        <translation>  alamat: %1</translation>
    </message>
    <message>
        <source>  position: %1, %2</source>
        <translation>  posisi: %1, %2</translation>
    </message>
    <message>
        <source>  note %1 %2: %3</source>
        <translation>  catatan %1 %2: %3</translation>
    </message>
    <message>
        <source>  call: %1</source>
        <translation>  panggilan: %1</translation>
    </message>
    <message>
        <source>  conflict: %1 -&gt; %2 refused (event %3 by %4)</source>
        <translation>  konflik: %1 -&gt; %2 ditolak (peristiwa %3 oleh %4)</translation>
    </message>
    <message>
        <source>Data folder of the desk or node.</source>
        <translation>Folder data meja atau node.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Tampilkan sebagai JSON.</translation>
    </message>
    <message>
        <source>Incident category code.</source>
        <translation>Kode kategori insiden.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Kelurahan code (Kemendagri).</source>
        <translation>Kode kelurahan (Kemendagri).</translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Latitude.</source>
        <translation>Lintang.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Longitude.</source>
        <translation>Bujur.</translation>
    </message>
    <message>
        <source>Caller&apos;s phone number.</source>
        <translation>Nomor telepon penelepon.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>First note.</source>
        <translation>Catatan pertama.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Address text.</source>
        <translation>Teks alamat.</translation>
    </message>
    <message>
        <source>Priority, 1 (highest) to 4.</source>
        <translation>Prioritas, 1 (tertinggi) sampai 4.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Bahasa: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>Perintah beserta argumennya.</translation>
    </message>
    <message>
        <source>sigapctl: %1 (see sigapctl --help)</source>
        <translation>sigapctl: %1 (lihat sigapctl --help)</translation>
    </message>
    <message>
        <source>--data DIR is required</source>
        <translation>--data DIR wajib diisi</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>tidak ada perintah</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: &quot;%2&quot; bukan angka</translation>
    </message>
    <message>
        <source>unknown command or wrong arguments: %1</source>
        <translation>perintah tidak dikenal atau argumen salah: %1</translation>
    </message>
    <message>
        <source>sigapctl: %1</source>
        <translation>sigapctl: %1</translation>
    </message>
    <message>
        <source>room %1, desk %2, %3 events, %4 incidents (%5 open), data %6</source>
        <translation>ruang %1, meja %2, %3 peristiwa, %4 insiden (%5 aktif), data %6</translation>
    </message>
    <message>
        <source>exported %1 events to %2</source>
        <translation>%1 peristiwa diekspor ke %2</translation>
    </message>
    <message>
        <source>imported %1 new events (%2 already present)</source>
        <translation>%1 peristiwa baru diimpor (%2 sudah ada)</translation>
    </message>
    <message>
        <source>room %1, desk %2: LAN sync is off (no --room-key)</source>
        <translation>ruang %1, meja %2: sinkronisasi LAN mati (tanpa --room-key)</translation>
    </message>
    <message>
        <source>room %1, desk %2, listening on %3</source>
        <translation>ruang %1, meja %2, mendengarkan di %3</translation>
    </message>
    <message>
        <source>no peers yet</source>
        <translation>belum ada meja rekan</translation>
    </message>
    <message>
        <source>lag %1 events / %2 ms, behind %3, rtt %4 ms</source>
        <translation>tertinggal %1 peristiwa / %2 ms, kurang %3, rtt %4 ms</translation>
    </message>
    <message>
        <source>last contact %1; %2</source>
        <translation>kontak terakhir %1; %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>problem %1 (%2×): %3</source>
        <translation>masalah %1 (%2×): %3</translation>
    </message>
    <message>
        <source>sigapctl: room init needs --room ID (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 64)</source>
        <translation>sigapctl: room init memerlukan --room ID (huruf, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, paling banyak 64)</translation>
    </message>
    <message>
        <source>sigapctl: room init needs --out FILE</source>
        <translation>sigapctl: room init memerlukan --out FILE</translation>
    </message>
    <message>
        <source>wrote the secret of %1 room %2 to %3; copy it to every desk of the room</source>
        <translation>rahasia ruang %1 %2 ditulis ke %3; salin ke setiap meja di ruang itu</translation>
    </message>
    <message>
        <source>training</source>
        <translation>latihan</translation>
    </message>
    <message>
        <source>live</source>
        <translation>sungguhan</translation>
    </message>
    <message>
        <source>Room id (room init).</source>
        <translation>ID ruang (room init).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The new room is a training room (room init).</source>
        <translation>Ruang baru adalah ruang latihan (room init).</translation>
    </message>
    <message>
        <source>  OVERDUE: not acknowledged</source>
        <translation>  TERLAMBAT: belum diterima</translation>
    </message>
    <message>
        <source>Handoff channel: desk, eido or phone.</source>
        <translation>Saluran penyerahan: desk, eido atau phone.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>Who took a phone handoff at the agency.</source>
        <translation>Siapa yang menerima penyerahan lewat telepon di instansi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The agency operator acting (handoff).</source>
        <translation>Petugas instansi yang bertindak (penyerahan).</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>OPERATOR</translation>
    </message>
    <message>
        <source>Why (a rejected handoff).</source>
        <translation>Alasan (penyerahan yang ditolak).</translation>
    </message>
    <message>
        <source>%1 s ago%2</source>
        <translation>%1 dtk lalu%2</translation>
    </message>
    <message>
        <source>, STALE</source>
        <translation>, USANG</translation>
    </message>
    <message>
        <source>response times %1 to %2 (p50 / p90 in minutes)</source>
        <translation>waktu tanggap %1 sampai %2 (p50 / p90 dalam menit)</translation>
    </message>
    <message>
        <source>%1  %2  %3 handoffs  sent %4  ack %5  dispatched %6  on scene %7  answered to on scene %8  within %9 min: %10 %</source>
        <translation>%1  %2  %3 penyerahan  kirim %4  terima %5  berangkat %6  di lokasi %7  angkat sampai di lokasi %8  dalam %9 mnt: %10 %</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>unit %1 %2</source>
        <translation>unit %1 %2</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>tanpa posisi</translation>
    </message>
    <message>
        <source>  incident %1</source>
        <translation>  insiden %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n conflict(s)</source>
        <translation>
            <numerusform>  %n konflik</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest available units of %1 for incident %2 (straight line x %3 at %4 km/h):</source>
        <translation>unit siaga terdekat %1 untuk insiden %2 (garis lurus x %3 pada %4 km/jam):</translation>
    </message>
    <message>
        <source>no unit of the agency is available with a fresh position</source>
        <translation>tidak ada unit instansi ini yang siaga dengan posisi baru</translation>
    </message>
    <message>
        <source>%1 km, about %2 min</source>
        <translation>%1 km, sekitar %2 mnt</translation>
    </message>
    <message>
        <source>The incident a unit is dispatched to (unit status).</source>
        <translation>Insiden tujuan unit diberangkatkan (unit status).</translation>
    </message>
    <message>
        <source>The agency whose handoff a unit serves (unit status).</source>
        <translation>Instansi yang penyerahannya dilayani unit (unit status).</translation>
    </message>
    <message>
        <source>How many units to recommend (default 3).</source>
        <translation>Berapa unit yang disarankan (bawaan 3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>calls: %1 offered, %2 answered (p50 %3 s, p90 %4 s), %5 abandoned, %6 ringing; answered within %7 s: %8 % (target %9 %)</source>
        <translation>panggilan: %1 masuk, %2 diangkat (p50 %3 dtk, p90 %4 dtk), %5 ditinggalkan, %6 berdering; diangkat dalam %7 dtk: %8 % (target %9 %)</translation>
    </message>
    <message>
        <source>position: %1, %2</source>
        <translation>posisi: %1, %2</translation>
    </message>
    <message>
        <source> ± %1 m</source>
        <translation> ± %1 m</translation>
    </message>
    <message>
        <source> (radius unknown)</source>
        <translation> (radius tidak diketahui)</translation>
    </message>
    <message>
        <source>position: none</source>
        <translation>posisi: tidak ada</translation>
    </message>
    <message>
        <source>positioned: %1</source>
        <translation>waktu posisi: %1</translation>
    </message>
    <message>
        <source>confidence: %1 %</source>
        <translation>keyakinan: %1 %</translation>
    </message>
    <message>
        <source>method: %1 (%2)</source>
        <translation>metode: %1 (%2)</translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation>panjang: %1</translation>
    </message>
    <message>
        <source>ignored fields: %1</source>
        <translation>kolom yang diabaikan: %1</translation>
    </message>
    <message>
        <source>sigapctl: AML refused: %1</source>
        <translation>sigapctl: AML ditolak: %1</translation>
    </message>
    <message>
        <source>recorded as %1; no call from this number in the last 30 minutes (a call in the next minute still gets it)</source>
        <translation>dicatat sebagai %1; tidak ada panggilan dari nomor ini dalam 30 menit terakhir (panggilan dalam satu menit berikutnya tetap mendapatkannya)</translation>
    </message>
    <message>
        <source>recorded as %1 for call %2</source>
        <translation>dicatat sebagai %1 untuk panggilan %2</translation>
    </message>
    <message>
        <source>Days every desk keeps its call recordings, 0 for ever (retention).</source>
        <translation>Hari setiap meja menyimpan rekaman panggilannya, 0 selamanya (retention).</translation>
    </message>
    <message>
        <source>Delete this desk&apos;s expired recordings now (retention).</source>
        <translation>Hapus rekaman kedaluwarsa meja ini sekarang (retention).</translation>
    </message>
    <message>
        <source>call recordings are kept for ever</source>
        <translation>rekaman panggilan disimpan selamanya</translation>
    </message>
    <message numerus="yes">
        <source>call recordings are kept %n day(s)</source>
        <translation>
            <numerusform>rekaman panggilan disimpan %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n recording(s) removed here</source>
        <translation>
            <numerusform>; %n rekaman dihapus di sini</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 does not go with &quot;%2&quot;</source>
        <translation>--%1 tidak berlaku untuk &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  agency %1</source>
        <translation>  instansi %1</translation>
    </message>
    <message>
        <source>  NO PIN</source>
        <translation>  TANPA PIN</translation>
    </message>
    <message>
        <source>  LOCKED OUT until %1</source>
        <translation>  TERKUNCI sampai %1</translation>
    </message>
    <message>
        <source>  signed in at %1</source>
        <translation>  masuk di %1</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>The operator&apos;s name (operator add).</source>
        <translation>Nama operator (operator add).</translation>
    </message>
    <message>
        <source>A role of the operator (operator add).</source>
        <translation>Peran operator (operator add).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>Read the operator&apos;s PIN from standard input (operator add).</source>
        <translation>Baca PIN operator dari masukan standar (operator add).</translation>
    </message>
    <message>
        <source>no one is signed in here</source>
        <translation>tidak ada yang masuk di sini</translation>
    </message>
    <message>
        <source>%1 is signed in here</source>
        <translation>%1 masuk di sini</translation>
    </message>
    <message>
        <source>%1 given to you by %2</source>
        <translation>%1 diberikan kepada Anda oleh %2</translation>
    </message>
    <message>
        <source>%1  %2, overdue by %3 s</source>
        <translation>%1  %2, terlambat %3 dtk</translation>
    </message>
    <message numerus="yes">
        <source>%1  by %2, %3, %n open incident(s)</source>
        <translation>
            <numerusform>%1  oleh %2, %3, %n insiden aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>not countersigned</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation>ditandatangani oleh %1</translation>
    </message>
    <message>
        <source>The times of day the room&apos;s shifts begin (shifts).</source>
        <translation>Jam mulai setiap shift ruangan (shifts).</translation>
    </message>
    <message>
        <source>HH:MM,...</source>
        <translation>HH:MM,...</translation>
    </message>
    <message>
        <source>shifts begin at %1; the current one runs from %2 to %3</source>
        <translation>shift mulai pukul %1; shift sekarang berlangsung dari %2 sampai %3</translation>
    </message>
    <message>
        <source>Start of the period (kpi, scenario export).</source>
        <translation>Awal periode (kpi, scenario export).</translation>
    </message>
    <message>
        <source>End of the period (kpi, scenario export).</source>
        <translation>Akhir periode (kpi, scenario export).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation>
            <numerusform>%n panggilan ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>every desk of the room: who is signed in, on a call, idle...</source>
        <translation>setiap meja ruang: siapa yang masuk, sedang menelepon, menganggur...</translation>
    </message>
    <message>
        <source>shift lead: the incident goes to that operator</source>
        <translation>kepala shift: insiden diserahkan ke operator itu</translation>
    </message>
    <message>
        <source>shift lead: the incident goes to the lead signed in here</source>
        <translation>kepala shift: insiden diambil oleh kepala shift yang masuk di sini</translation>
    </message>
    <message>
        <source>incidents a shift lead gave to the operator signed in here</source>
        <translation>insiden yang diserahkan kepala shift ke operator yang masuk di sini</translation>
    </message>
    <message>
        <source>unacknowledged handoffs, calls waiting over 20 s, incidents over their target</source>
        <translation>serah terima yang belum dikonfirmasi, panggilan menunggu lebih dari 20 dtk, insiden melewati targetnya</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>kepala shift</translation>
    </message>
    <message>
        <source>outgoing shift lead</source>
        <translation>kepala shift yang selesai bertugas</translation>
    </message>
    <message>
        <source>the incoming shift lead countersigns with their PIN, read from standard input, and is signed in here</source>
        <translation>kepala shift berikutnya menandatangani dengan PIN-nya, dibaca dari masukan standar, lalu masuk di sini</translation>
    </message>
    <message>
        <source>roles: operator, liaison, shift_lead, trainer, admin, the option once per role; a liaison names its agency; the PIN is read from standard input</source>
        <translation>peran: operator, liaison, shift_lead, trainer, admin, opsinya sekali per peran; penghubung menyebut instansinya; PIN dibaca dari masukan standar</translation>
    </message>
    <message>
        <source>a new PIN, read from standard input</source>
        <translation>PIN baru, dibaca dari masukan standar</translation>
    </message>
    <message>
        <source>lifts a lockout after wrong PINs</source>
        <translation>membuka kuncian setelah PIN salah</translation>
    </message>
    <message>
        <source>at this desk or node; the PIN is read from standard input</source>
        <translation>di meja atau node ini; PIN dibaca dari masukan standar</translation>
    </message>
    <message>
        <source>a new room&apos;s key (no running desk needed)</source>
        <translation>kunci ruang baru (tidak perlu meja yang berjalan)</translation>
    </message>
    <message>
        <source>response and answer times (default: the current shift)</source>
        <translation>waktu tanggap dan waktu jawab (bawaan: shift sekarang)</translation>
    </message>
    <message>
        <source>the room&apos;s shifts; default 07:00,15:00,23:00</source>
        <translation>shift ruang; bawaan 07:00,15:00,23:00</translation>
    </message>
    <message>
        <source>only a node started with --clock-at</source>
        <translation>hanya node yang dijalankan dengan --clock-at</translation>
    </message>
    <message>
        <source>the fields of an AML SMS (no running desk needed; quote TEXT)</source>
        <translation>isi SMS AML (tidak perlu meja yang berjalan; beri tanda kutip pada TEXT)</translation>
    </message>
    <message>
        <source>an AML SMS from NUMBER: recorded and matched to its call</source>
        <translation>SMS AML dari NUMBER: dicatat dan dicocokkan dengan panggilannya</translation>
    </message>
    <message>
        <source>the room&apos;s retention of call recordings: N days, 0 for ever; --sweep deletes this desk&apos;s expired ones now</source>
        <translation>masa simpan rekaman panggilan ruang: N hari, 0 selamanya; --sweep menghapus rekaman kedaluwarsa di meja ini sekarang</translation>
    </message>
    <message>
        <source>the calls of a period, default the current shift, anonymised into a training scenario</source>
        <translation>panggilan suatu periode, bawaan shift sekarang, dianonimkan menjadi skenario latihan</translation>
    </message>
    <message>
        <source>available, dispatched, en_route, on_scene, out_of_service; dispatched names the incident and agency</source>
        <translation>available, dispatched, en_route, on_scene, out_of_service; dispatched menyebut insiden dan instansinya</translation>
    </message>
    <message>
        <source>dispatch a unit to the agency&apos;s handoff</source>
        <translation>kerahkan unit ke serah terima instansi</translation>
    </message>
    <message>
        <source>nearest available units</source>
        <translation>unit siaga terdekat</translation>
    </message>
    <message>
        <source>Command-line client of a running Sigap 112 desk or node.</source>
        <translation>Klien baris perintah untuk meja atau node Sigap 112 yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed, 2 wrong usage, 3 no desk or node running.</source>
        <translation>Kode keluar: 0 selesai, 1 ditolak atau gagal, 2 salah pakai, 3 tidak ada meja atau node yang berjalan.</translation>
    </message>
    <message>
        <source>%1 needs %2 (quote an argument that has spaces)</source>
        <translation>%1 memerlukan %2 (beri tanda kutip pada argumen yang berspasi)</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a number</source>
        <translation>%1 %2: &quot;%3&quot; bukan angka</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 memerlukan %2</translation>
    </message>
    <message>
        <source>channel: desk, eido or phone</source>
        <translation>saluran: desk, eido atau phone</translation>
    </message>
    <message>
        <source>state, who and when of each step, EIDO delivery, units</source>
        <translation>keadaan, siapa dan kapan tiap langkah, pengiriman EIDO, unit</translation>
    </message>
    <message>
        <source>prints the new id once it is on disk</source>
        <translation>mencetak id baru setelah tersimpan di disk</translation>
    </message>
    <message>
        <source>new, in_progress, handed_off, closed, cancelled</source>
        <translation>new, in_progress, handed_off, closed, cancelled</translation>
    </message>
    <message>
        <source>the room sync: peers, connection state, lag in events and ms, problems</source>
        <translation>sinkronisasi ruang: rekan, keadaan sambungan, ketertinggalan dalam peristiwa dan md, masalah</translation>
    </message>
    <message>
        <source>the hash of the folded state, equal on desks that have converged</source>
        <translation>hash keadaan hasil lipatan, sama di meja-meja yang sudah selaras</translation>
    </message>
    <message>
        <source>the whole log, portable, chains included (not into DIR)</source>
        <translation>seluruh log, dapat dipindahkan, beserta rantainya (tidak ke dalam DIR)</translation>
    </message>
    <message>
        <source>all or nothing, idempotent; names the first bad record</source>
        <translation>semua atau tidak sama sekali, idempoten; menyebut catatan rusak yang pertama</translation>
    </message>
    <message>
        <source>roster units: agency, call sign, type, status, position, age</source>
        <translation>unit daftar: instansi, tanda panggil, jenis, status, posisi, umur</translation>
    </message>
    <message>
        <source>  PIN TOO SHORT: set one of at least %1 characters</source>
        <translation>  PIN TERLALU PENDEK: atur PIN minimal %1 karakter</translation>
    </message>
    <message>
        <source>%1  %2 of %3 by %4: refused, no authority</source>
        <translation>%1  %2 untuk %3 oleh %4: ditolak, tidak berwenang</translation>
    </message>
    <message>
        <source>desk %1 key %2%3</source>
        <translation>meja %1 kunci %2%3</translation>
    </message>
    <message>
        <source>  QUARANTINED (fork)</source>
        <translation>  DIKARANTINA (rantai bercabang)</translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation>  ditolak: %1</translation>
    </message>
    <message>
        <source>checks every hash chain and signature; names forged, unsigned and forked events</source>
        <translation>memeriksa setiap rantai hash dan tanda tangan; menyebut peristiwa palsu, tanpa tanda tangan, dan bercabang</translation>
    </message>
    <message>
        <source>ok: %1 events, every hash chain intact, %2 signatures good</source>
        <translation>ok: %1 peristiwa, setiap rantai hash utuh, %2 tanda tangan sah</translation>
    </message>
    <message>
        <source>operator changes, lead actions and room settings in the log that took no effect: their author lacked the authority</source>
        <translation>perubahan operator, tindakan kepala regu dan pengaturan ruangan di log yang tidak berlaku: penulisnya tidak berwenang</translation>
    </message>
    <message>
        <source>nothing refused</source>
        <translation>tidak ada yang ditolak</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>konfigurasi %1</translation>
    </message>
    <message>
        <source>, published by %1 at %2</source>
        <translation>, diterbitkan oleh %1 pada %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4, time zone %5</source>
        <translation>%1 (%2 %3), %4, zona waktu %5</translation>
    </message>
    <message>
        <source>%1 villages (%2 desa, %3 kelurahan) in %4 kecamatan; %5 categories, %6 agencies, %7 units, %8 cameras</source>
        <translation>%1 desa/kelurahan (%2 desa, %3 kelurahan) di %4 kecamatan; %5 kategori, %6 instansi, %7 unit, %8 kamera</translation>
    </message>
    <message>
        <source>in force: %1</source>
        <translation>yang berlaku: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n problem(s):</source>
        <translation>
            <numerusform>%1: tidak sah, %n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: sah</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>FOLDERKONFIG</translation>
    </message>
    <message>
        <source>check a room configuration folder, every problem named (no running desk needed)</source>
        <translation>periksa folder konfigurasi ruang, setiap masalah disebutkan (tanpa meja yang berjalan)</translation>
    </message>
    <message>
        <source>the room configuration this desk runs: hash, city, counts, what is in force</source>
        <translation>konfigurasi ruang yang dijalankan meja ini: hash, kota, jumlah, apa yang berlaku</translation>
    </message>
    <message>
        <source>the room&apos;s cameras (no addresses, no credentials)</source>
        <translation>kamera ruang (tanpa alamat, tanpa kredensial)</translation>
    </message>
    <message>
        <source>the room&apos;s agencies: id, name, kind, channel, numbers</source>
        <translation>instansi ruang: id, nama, jenis, saluran, nomor</translation>
    </message>
    <message>
        <source>the desa or kelurahan at a point, with its kecamatan</source>
        <translation>desa atau kelurahan di suatu titik, dengan kecamatannya</translation>
    </message>
    <message>
        <source>administrator: this configuration for every desk of the room, checked whole first</source>
        <translation>administrator: konfigurasi ini untuk setiap meja ruang, diperiksa utuh lebih dulu</translation>
    </message>
    <message>
        <source>published configuration %1 from %2 to the room (%3 bytes packed)</source>
        <translation>konfigurasi %1 dari %2 diterbitkan ke ruang (%3 bita terkemas)</translation>
    </message>
    <message>
        <source>File or folder to write (room init, city import).</source>
        <translation>Berkas atau folder yang ditulis (room init, city import).</translation>
    </message>
    <message>
        <source>Kemendagri code of the kota or kabupaten, 63.03 (city import).</source>
        <translation>Kode Kemendagri kota atau kabupaten, 63.03 (city import).</translation>
    </message>
    <message>
        <source>%1: %2 desa and %3 kelurahan in %4 kecamatan written to %5 (%6 villages of other regencies left out); fill in its SOURCES.md</source>
        <translation>%1: %2 desa dan %3 kelurahan di %4 kecamatan ditulis ke %5 (%6 desa/kelurahan kabupaten/kota lain tidak diambil); lengkapi SOURCES.md-nya</translation>
    </message>
    <message>
        <source>VILLAGES.geojson</source>
        <translation>DESA.geojson</translation>
    </message>
    <message>
        <source>a city folder from a GeoJSON of village polygons, checked (no running desk needed)</source>
        <translation>folder kota dari GeoJSON poligon desa/kelurahan, diperiksa (tanpa meja yang berjalan)</translation>
    </message>
</context>
</TS>

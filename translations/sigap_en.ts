<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Sigap::AgencyDirectory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>agency directory</source>
        <translation>agency directory</translation>
    </message>
    <message>
        <source>%1:%2: agency %3: %4: missing or wrong; the agency is left out</source>
        <translation>%1:%2: agency %3: %4: missing or wrong; the agency is left out</translation>
    </message>
</context>
<context>
    <name>Sigap::AgencyTokens</name>
    <message>
        <source>agency tokens %1, line %2: expected agency-id=token</source>
        <translation>agency tokens %1, line %2: expected agency-id=token</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: the token of %3 is shorter than %4 characters</source>
        <translation>agency tokens %1, line %2: the token of %3 is shorter than %4 characters</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: a second token for %3</source>
        <translation>agency tokens %1, line %2: a second token for %3</translation>
    </message>
    <message>
        <source>agency tokens %1, line %2: %3 has the token of %4</source>
        <translation>agency tokens %1, line %2: %3 has the token of %4</translation>
    </message>
    <message>
        <source>agency tokens</source>
        <translation>agency tokens</translation>
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
        <translation>cell</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>no location</translation>
    </message>
    <message>
        <source>the message is %1 characters long, more than an AML message can be (%2)</source>
        <translation>the message is %1 characters long, more than an AML message can be (%2)</translation>
    </message>
    <message>
        <source>A&quot;ML: the message is empty</source>
        <translation>A&quot;ML: the message is empty</translation>
    </message>
    <message>
        <source>A&quot;ML: the message does not start with the AML header A&quot;ML=1 but with &quot;%1&quot;</source>
        <translation>A&quot;ML: the message does not start with the AML header A&quot;ML=1 but with &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A&quot;ML: version &quot;%1&quot; is not supported (only version 1)</source>
        <translation>A&quot;ML: version &quot;%1&quot; is not supported (only version 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (field %2): not a field name</source>
        <translation>&quot;%1&quot; (field %2): not a field name</translation>
    </message>
    <message>
        <source>%1: a field without &quot;=&quot; and a value</source>
        <translation>%1: a field without &quot;=&quot; and a value</translation>
    </message>
    <message>
        <source>%1: given twice</source>
        <translation>%1: given twice</translation>
    </message>
    <message>
        <source>lt: &quot;%1&quot; is not a latitude (decimal degrees, -90 to +90)</source>
        <translation>lt: &quot;%1&quot; is not a latitude (decimal degrees, -90 to +90)</translation>
    </message>
    <message>
        <source>lg: &quot;%1&quot; is not a longitude (decimal degrees, -180 to +180)</source>
        <translation>lg: &quot;%1&quot; is not a longitude (decimal degrees, -180 to +180)</translation>
    </message>
    <message>
        <source>rd: &quot;%1&quot; is not a radius in metres</source>
        <translation>rd: &quot;%1&quot; is not a radius in metres</translation>
    </message>
    <message>
        <source>top: &quot;%1&quot; is not a time of positioning (YYYYMMDDhhmmss, UTC)</source>
        <translation>top: &quot;%1&quot; is not a time of positioning (YYYYMMDDhhmmss, UTC)</translation>
    </message>
    <message>
        <source>lc: &quot;%1&quot; is not a level of confidence (a whole percentage, 0 to 100)</source>
        <translation>lc: &quot;%1&quot; is not a level of confidence (a whole percentage, 0 to 100)</translation>
    </message>
    <message>
        <source>pm: &quot;%1&quot; is not a positioning method (G, W, C or N)</source>
        <translation>pm: &quot;%1&quot; is not a positioning method (G, W, C or N)</translation>
    </message>
    <message>
        <source>si: &quot;%1&quot; is not an IMSI (up to 15 digits)</source>
        <translation>si: &quot;%1&quot; is not an IMSI (up to 15 digits)</translation>
    </message>
    <message>
        <source>ei: &quot;%1&quot; is not an IMEI (14 to 16 digits)</source>
        <translation>ei: &quot;%1&quot; is not an IMEI (14 to 16 digits)</translation>
    </message>
    <message>
        <source>mcc: &quot;%1&quot; is not a mobile country code (3 digits)</source>
        <translation>mcc: &quot;%1&quot; is not a mobile country code (3 digits)</translation>
    </message>
    <message>
        <source>mnc: &quot;%1&quot; is not a mobile network code (2 or 3 digits)</source>
        <translation>mnc: &quot;%1&quot; is not a mobile network code (2 or 3 digits)</translation>
    </message>
    <message>
        <source>ml: &quot;%1&quot; is not a message length</source>
        <translation>ml: &quot;%1&quot; is not a message length</translation>
    </message>
    <message>
        <source>lg: missing, though lt is given</source>
        <translation>lg: missing, though lt is given</translation>
    </message>
    <message>
        <source>lt: missing, though lg is given</source>
        <translation>lt: missing, though lg is given</translation>
    </message>
    <message>
        <source>pm: N says there is no location, but lt and lg give one</source>
        <translation>pm: N says there is no location, but lt and lg give one</translation>
    </message>
    <message>
        <source>ml: missing (the message length, the guard against a cut message)</source>
        <translation>ml: missing (the message length, the guard against a cut message)</translation>
    </message>
    <message>
        <source>ml: says %1 characters but the message has %2 (cut short or joined wrongly?)</source>
        <translation>ml: says %1 characters but the message has %2 (cut short or joined wrongly?)</translation>
    </message>
</context>
<context>
    <name>Sigap::AmlReceiver</name>
    <message>
        <source>number: the AML message&apos;s sender is missing</source>
        <translation>number: the AML message&apos;s sender is missing</translation>
    </message>
    <message>
        <source>lt: the AML message from %1 carries no position (the handset found none)</source>
        <translation>lt: the AML message from %1 carries no position (the handset found none)</translation>
    </message>
</context>
<context>
    <name>Sigap::AuthorityGate</name>
    <message>
        <source>the authority section is not one this desk reads</source>
        <translation>the authority section is not one this desk reads</translation>
    </message>
    <message>
        <source>the authority section is damaged</source>
        <translation>the authority section is damaged</translation>
    </message>
</context>
<context>
    <name>Sigap::CallPanel</name>
    <message>
        <source>Ringing calls</source>
        <translation>Ringing calls</translation>
    </message>
    <message>
        <source>&amp;Answer the oldest call</source>
        <translation>&amp;Answer the oldest call</translation>
    </message>
    <message>
        <source>Close call as: %1</source>
        <translation>Close call as: %1</translation>
    </message>
    <message>
        <source>Close the current call first (F9 to F12).</source>
        <translation>Close the current call first (F9 to F12).</translation>
    </message>
    <message>
        <source>No call is ringing.</source>
        <translation>No call is ringing.</translation>
    </message>
    <message>
        <source>No call in conversation at this desk.</source>
        <translation>No call in conversation at this desk.</translation>
    </message>
    <message>
        <source>No call in conversation</source>
        <translation>No call in conversation</translation>
    </message>
    <message>
        <source>F2 answers the oldest ringing call.</source>
        <translation>F2 answers the oldest ringing call.</translation>
    </message>
    <message>
        <source>Warning: %1 earlier prank calls from this number</source>
        <translation>Warning: %1 earlier prank calls from this number</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>no outcome</translation>
    </message>
    <message>
        <source>First call from this number.</source>
        <translation>First call from this number.</translation>
    </message>
    <message>
        <source>(the caller says nothing)</source>
        <translation>(the caller says nothing)</translation>
    </message>
    <message>
        <source>No calls waiting</source>
        <translation>No calls waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing — F2 answers</source>
        <translation>
            <numerusform>%n call ringing — F2 answers</numerusform>
            <numerusform>%n calls ringing — F2 answers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link the call to the open incident shown</source>
        <translation>&amp;Link the call to the open incident shown</translation>
    </message>
    <message>
        <source>No open incident to link this call to.</source>
        <translation>No open incident to link this call to.</translation>
    </message>
    <message>
        <source>same caller</source>
        <translation>same caller</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>%1 m away</translation>
    </message>
    <message>
        <source>&amp;Undo the last link</source>
        <translation>&amp;Undo the last link</translation>
    </message>
    <message>
        <source>Call linked to incident %1. Shift+F7 undoes the link.</source>
        <translation>Call linked to incident %1. Shift+F7 undoes the link.</translation>
    </message>
    <message>
        <source>No link to undo.</source>
        <translation>No link to undo.</translation>
    </message>
    <message>
        <source>Link undone. F3 makes the call an incident of its own, F9 to F12 close it.</source>
        <translation>Link undone. F3 makes the call an incident of its own, F9 to F12 close it.</translation>
    </message>
    <message>
        <source>The line is closed. F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>The line is closed. F3 makes the call an incident, F9 to F12 close it.</translation>
    </message>
    <message>
        <source>Possibly about open incident %1: %2 in %3 (%4, %5 min ago). F7 links the call to it.</source>
        <translation>Possibly about open incident %1: %2 in %3 (%4, %5 min ago). F7 links the call to it.</translation>
    </message>
    <message>
        <source>an unknown kelurahan</source>
        <translation>an unknown kelurahan</translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation>± %1 m</translation>
    </message>
    <message>
        <source>radius unknown</source>
        <translation>radius unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n s old</source>
        <translation>
            <numerusform>%n s old</numerusform>
            <numerusform>%n s old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min old</source>
        <translation>
            <numerusform>%n min old</numerusform>
            <numerusform>%n min old</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller&apos;s device (AML): %1 %2, %3. Ctrl+L puts it in the incident.</source>
        <translation>Caller&apos;s device (AML): %1 %2, %3. Ctrl+L puts it in the incident.</translation>
    </message>
    <message>
        <source>Caller&apos;s network location: %1 %2. Ctrl+L puts it in the incident.</source>
        <translation>Caller&apos;s network location: %1 %2. Ctrl+L puts it in the incident.</translation>
    </message>
    <message>
        <source>Put the caller on &amp;hold, or back</source>
        <translation>Put the caller on &amp;hold, or back</translation>
    </message>
    <message>
        <source>&amp;Transfer the caller to an agency…</source>
        <translation>&amp;Transfer the caller to an agency…</translation>
    </message>
    <message>
        <source>Call the caller &amp;back, or hang the call-back up</source>
        <translation>Call the caller &amp;back, or hang the call-back up</translation>
    </message>
    <message>
        <source>Close the current call first (F9 to F12), or put it on hold (Ctrl+F2).</source>
        <translation>Close the current call first (F9 to F12), or put it on hold (Ctrl+F2).</translation>
    </message>
    <message>
        <source>Hang the call-back up first (Ctrl+B).</source>
        <translation>Hang the call-back up first (Ctrl+B).</translation>
    </message>
    <message>
        <source>The held call from %1 is back at the desk: Ctrl+F2 takes it off hold.</source>
        <translation>The held call from %1 is back at the desk: Ctrl+F2 takes it off hold.</translation>
    </message>
    <message>
        <source>Caller put through to %1. F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>Caller put through to %1. F3 makes the call an incident, F9 to F12 close it.</translation>
    </message>
    <message>
        <source>A call is in conversation at this desk; close it first (F9 to F12).</source>
        <translation>A call is in conversation at this desk; close it first (F9 to F12).</translation>
    </message>
    <message>
        <source>No call to call back: select an incident that came from a call.</source>
        <translation>No call to call back: select an incident that came from a call.</translation>
    </message>
    <message>
        <source>In conversation with %1 (call-back). Ctrl+B hangs up.</source>
        <translation>In conversation with %1 (call-back). Ctrl+B hangs up.</translation>
    </message>
    <message>
        <source>Calling %1 back… Ctrl+B hangs up.</source>
        <translation>Calling %1 back… Ctrl+B hangs up.</translation>
    </message>
    <message>
        <source>%1 — ON HOLD, Ctrl+F2 takes the caller back</source>
        <translation>%1 — ON HOLD, Ctrl+F2 takes the caller back</translation>
    </message>
    <message>
        <source>%1 — put through to %2</source>
        <translation>%1 — put through to %2</translation>
    </message>
    <message>
        <source>The transfer of %1 failed: the agency did not take the caller, who is still on this desk&apos;s line. Ctrl+F2 takes them off hold, Ctrl+T tries again.</source>
        <translation>The transfer of %1 failed: the agency did not take the caller, who is still on this desk&apos;s line. Ctrl+F2 takes them off hold, Ctrl+T tries again.</translation>
    </message>
    <message>
        <source>The held caller %1 hung up while waiting.</source>
        <translation>The held caller %1 hung up while waiting.</translation>
    </message>
    <message>
        <source>The held caller %1 hung up while waiting: F3 makes the call an incident, F9 to F12 close it.</source>
        <translation>The held caller %1 hung up while waiting: F3 makes the call an incident, F9 to F12 close it.</translation>
    </message>
</context>
<context>
    <name>Sigap::CallQueueModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 earlier, %2 prank</source>
        <translation>%1 earlier, %2 prank</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 earlier</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Sigap::CallRecording</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a WAV recording: %2</source>
        <translation>%1: not a WAV recording: %2</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>no RIFF/WAVE header</translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation>no format chunk</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>no data chunk</translation>
    </message>
    <message>
        <source>%1: not a recording file</source>
        <translation>%1: not a recording file</translation>
    </message>
    <message>
        <source>%1: %2 MB, larger than any call&apos;s recording</source>
        <translation>%1: %2 MB, larger than any call&apos;s recording</translation>
    </message>
</context>
<context>
    <name>Sigap::CallTaker</name>
    <message>
        <source>call %1 is not ringing</source>
        <translation>call %1 is not ringing</translation>
    </message>
    <message>
        <source>call %1 is not in conversation at this desk</source>
        <translation>call %1 is not in conversation at this desk</translation>
    </message>
    <message>
        <source>outcome: unknown call outcome &quot;%1&quot;</source>
        <translation>outcome: unknown call outcome &quot;%1&quot;</translation>
    </message>
    <message>
        <source>call %1 is not linked to an incident</source>
        <translation>call %1 is not linked to an incident</translation>
    </message>
    <message>
        <source>call %1 is on hold already</source>
        <translation>call %1 is on hold already</translation>
    </message>
    <message>
        <source>call %1 is not on hold at this desk</source>
        <translation>call %1 is not on hold at this desk</translation>
    </message>
    <message>
        <source>no number to put the caller through to</source>
        <translation>no number to put the caller through to</translation>
    </message>
    <message>
        <source>already calling %1 back; hang that up first</source>
        <translation>already calling %1 back; hang that up first</translation>
    </message>
    <message>
        <source>call %1 has no number to call back</source>
        <translation>call %1 has no number to call back</translation>
    </message>
    <message>
        <source>call %1 is still on the line; there is nobody to call back</source>
        <translation>call %1 is still on the line; there is nobody to call back</translation>
    </message>
    <message>
        <source>no call-back in progress at this desk</source>
        <translation>no call-back in progress at this desk</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraCredentials</name>
    <message>
        <source>camera credentials</source>
        <translation>camera credentials</translation>
    </message>
    <message>
        <source>%1:%2: not NAME=USER:PASSWORD</source>
        <translation>%1:%2: not NAME=USER:PASSWORD</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraDirectory</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>camera directory</source>
        <translation>camera directory</translation>
    </message>
    <message>
        <source>%1:%2: camera %3: %4: missing or wrong; the camera is left out</source>
        <translation>%1:%2: camera %3: %4: missing or wrong; the camera is left out</translation>
    </message>
</context>
<context>
    <name>Sigap::CameraView</name>
    <message>
        <source>no picture for %1 s</source>
        <translation>no picture for %1 s</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — connecting…</translation>
    </message>
    <message>
        <source>%1 — live</source>
        <translation>%1 — live</translation>
    </message>
    <message>
        <source>%1 — OFFLINE (%2); trying again in %3 s</source>
        <translation>%1 — OFFLINE (%2); trying again in %3 s</translation>
    </message>
</context>
<context>
    <name>Sigap::Categories</name>
    <message>
        <source>%1: cannot read the category file: %2</source>
        <translation>%1: cannot read the category file: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2[%3] needs code, label_id and label_en</source>
        <translation>%1: %2[%3] needs code, label_id and label_en</translation>
    </message>
    <message>
        <source>%1: %2[%3]: code &quot;%4&quot; appears twice</source>
        <translation>%1: %2[%3]: code &quot;%4&quot; appears twice</translation>
    </message>
    <message>
        <source>%1: no incident categories</source>
        <translation>%1: no incident categories</translation>
    </message>
    <message>
        <source>%1: %2[%3]: default_priority must be 1 to 4, not %4</source>
        <translation>%1: %2[%3]: default_priority must be 1 to 4, not %4</translation>
    </message>
</context>
<context>
    <name>Sigap::CityImport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>--code: &quot;%1&quot; is not the code of a kota or kabupaten (two digits of a province, two of the regency: 63.03)</source>
        <translation>--code: &quot;%1&quot; is not the code of a kota or kabupaten (two digits of a province, two of the regency: 63.03)</translation>
    </message>
    <message>
        <source>%1 exists; choose an empty folder (nothing is overwritten)</source>
        <translation>%1 exists; choose an empty folder (nothing is overwritten)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1:1: feature %2%3: %4: %5</source>
        <translation>%1:1: feature %2%3: %4: %5</translation>
    </message>
    <message>
        <source>a village code has the form 63.03.05.2001 or 6303052001</source>
        <translation>a village code has the form 63.03.05.2001 or 6303052001</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>this village code appears twice</source>
        <translation>this village code appears twice</translation>
    </message>
    <message>
        <source>a ring is not closed (its last point is not its first)</source>
        <translation>a ring is not closed (its last point is not its first)</translation>
    </message>
    <message>
        <source>a polygon has no area</source>
        <translation>a polygon has no area</translation>
    </message>
    <message>
        <source>%1: no village with a code under %2 (%3 of other regencies)</source>
        <translation>%1: no village with a code under %2 (%3 of other regencies)</translation>
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
        <translation>Administrative boundaries: %1 (see SOURCES.md for its origin and licence).</translation>
    </message>
    <message>
        <source># %1: sources

boundaries.geojson was built by `sigapctl city import` from `%2` (SHA-256 %3): %4 desa and %5 kelurahan in %6 kecamatan.

Write here, before the room uses this folder: where that file comes from, under which licence, and the attribution the licence asks for (also in city.json).
</source>
        <translation># %1: sources

boundaries.geojson was built by `sigapctl city import` from `%2` (SHA-256 %3): %4 desa and %5 kelurahan in %6 kecamatan.

Write here, before the room uses this folder: where that file comes from, under which licence, and the attribution the licence asks for (also in city.json).
</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: cannot make the folder</translation>
    </message>
</context>
<context>
    <name>Sigap::CityMap</name>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: field &quot;%2&quot; is missing or has the wrong type</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a Sigap city file (format sigap-city, version 1)</source>
        <translation>%1: not a Sigap city file (format sigap-city, version 1)</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: not valid JSON: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;kind&quot;: &quot;%2&quot; is neither kota nor kabupaten</source>
        <translation>%1: field &quot;kind&quot;: &quot;%2&quot; is neither kota nor kabupaten</translation>
    </message>
</context>
<context>
    <name>Sigap::ConfigArchive</name>
    <message>
        <source>the configuration archive is malformed or too large</source>
        <translation>the configuration archive is malformed or too large</translation>
    </message>
    <message>
        <source>the configuration archive does not inflate</source>
        <translation>the configuration archive does not inflate</translation>
    </message>
    <message>
        <source>the configuration archive is not a map of files</source>
        <translation>the configuration archive is not a map of files</translation>
    </message>
    <message>
        <source>the configuration archive holds %1 files, at most %2</source>
        <translation>the configuration archive holds %1 files, at most %2</translation>
    </message>
    <message>
        <source>the configuration archive names a file &quot;%1&quot; that may not be written</source>
        <translation>the configuration archive names a file &quot;%1&quot; that may not be written</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be written</source>
        <translation>&quot;%1&quot; may not be written</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: cannot make the folder</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ConfigList</name>
    <message>
        <source>%1: not a Sigap %2 (format %3, version 1, a %4 list)</source>
        <translation>%1: not a Sigap %2 (format %3, version 1, a %4 list)</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: not valid JSON: %3</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlClient</name>
    <message>
        <source>no Sigap desk or node is running on %1 (there is no %2)</source>
        <translation>no Sigap desk or node is running on %1 (there is no %2)</translation>
    </message>
    <message>
        <source>no Sigap desk or node is running on %1 (%2: %3)</source>
        <translation>no Sigap desk or node is running on %1 (%2: %3)</translation>
    </message>
    <message>
        <source>the connection to the Sigap node on %1 was lost</source>
        <translation>the connection to the Sigap node on %1 was lost</translation>
    </message>
    <message>
        <source>the Sigap node on %1 did not answer in time</source>
        <translation>the Sigap node on %1 did not answer in time</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlServer</name>
    <message>
        <source>%1: cannot listen for sigapctl: %2</source>
        <translation>%1: cannot listen for sigapctl: %2</translation>
    </message>
    <message>
        <source>malformed request: %1</source>
        <translation>malformed request: %1</translation>
    </message>
</context>
<context>
    <name>Sigap::ControlService</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>no incident with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the file is of room &quot;%2&quot;, this desk is in room &quot;%3&quot;</source>
        <translation>%1: the file is of room &quot;%2&quot;, this desk is in room &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>priority: must be a whole number from 1 (highest) to 4</source>
        <translation>priority: must be a whole number from 1 (highest) to 4</translation>
    </message>
    <message>
        <source>export: no file given</source>
        <translation>export: no file given</translation>
    </message>
    <message>
        <source>%1: choose a file outside the data folder %2</source>
        <translation>%1: choose a file outside the data folder %2</translation>
    </message>
    <message>
        <source>import: no file given</source>
        <translation>import: no file given</translation>
    </message>
    <message>
        <source>--from and --to take a date and time, e.g. 2026-11-23T07:00 or 2026-11-23T07:00+08:00</source>
        <translation>--from and --to take a date and time, e.g. 2026-11-23T07:00 or 2026-11-23T07:00+08:00</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to must come after --from</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>no agency with id &quot;%1&quot; in the room&apos;s agency directory</translation>
    </message>
    <message>
        <source>--count: must be a whole number from 1 to 100</source>
        <translation>--count: must be a whole number from 1 to 100</translation>
    </message>
    <message>
        <source>incident %1 has neither a position nor a kelurahan to measure from</source>
        <translation>incident %1 has neither a position nor a kelurahan to measure from</translation>
    </message>
    <message>
        <source>recordings_days: a whole number of days is expected</source>
        <translation>recordings_days: a whole number of days is expected</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>&quot;%1&quot; is not a role (%2)</translation>
    </message>
    <message>
        <source>this desk runs on the real clock; only a node started with --clock-at can be set</source>
        <translation>this desk runs on the real clock; only a node started with --clock-at can be set</translation>
    </message>
    <message>
        <source>the clock only moves forward</source>
        <translation>the clock only moves forward</translation>
    </message>
    <message>
        <source>forged: the signature of %1 does not verify with its desk&apos;s key</source>
        <translation>forged: the signature of %1 does not verify with its desk&apos;s key</translation>
    </message>
    <message>
        <source>unsigned: events of desk %1 from %2 on carry no good signature</source>
        <translation>unsigned: events of desk %1 from %2 on carry no good signature</translation>
    </message>
    <message>
        <source>%1-%2 to %1-%3</source>
        <translation>%1-%2 to %1-%3</translation>
    </message>
    <message>
        <source>forked: desk %1 signed two histories (%2); it is quarantined</source>
        <translation>forked: desk %1 signed two histories (%2); it is quarantined</translation>
    </message>
    <message>
        <source>refused: %1, signed with another key than desk %2 registered (%3), %4 times</source>
        <translation>refused: %1, signed with another key than desk %2 registered (%3), %4 times</translation>
    </message>
    <message>
        <source>refused: %1, forged signatures (%2), %3 times</source>
        <translation>refused: %1, forged signatures (%2), %3 times</translation>
    </message>
    <message>
        <source>%1 events checked, hash chains intact, but:</source>
        <translation>%1 events checked, hash chains intact, but:</translation>
    </message>
    <message>
        <source>only an administrator signed in at this desk may change the room&apos;s settings</source>
        <translation>only an administrator signed in at this desk may change the room&apos;s settings</translation>
    </message>
    <message>
        <source>no village of %1 holds %2, %3</source>
        <translation>no village of %1 holds %2, %3</translation>
    </message>
    <message>
        <source>the configuration packs to %1 bytes; at most %2 travel through the room (simplify the boundaries)</source>
        <translation>the configuration packs to %1 bytes; at most %2 travel through the room (simplify the boundaries)</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskCall</name>
    <message>
        <source>no call in conversation at this desk</source>
        <translation>no call in conversation at this desk</translation>
    </message>
    <message>
        <source>a call is in conversation at this desk</source>
        <translation>a call is in conversation at this desk</translation>
    </message>
    <message>
        <source>this desk is calling a caller back</source>
        <translation>this desk is calling a caller back</translation>
    </message>
    <message>
        <source>no link to undo</source>
        <translation>no link to undo</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskRoster</name>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>on a call</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>wrap-up</translation>
    </message>
    <message>
        <source>on break</source>
        <translation>on break</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>no one signed in</source>
        <translation>no one signed in</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskSession</name>
    <message>
        <source>This is the liaison desk of %1: only its liaisons sign in here.</source>
        <translation>This is the liaison desk of %1: only its liaisons sign in here.</translation>
    </message>
</context>
<context>
    <name>Sigap::DeskSigningKey</name>
    <message>
        <source>desk signing key</source>
        <translation>desk signing key</translation>
    </message>
    <message>
        <source>desk signing key %1: no valid &quot;%2&quot; line</source>
        <translation>desk signing key %1: no valid &quot;%2&quot; line</translation>
    </message>
    <message>
        <source>cannot make a desk signing key (OpenSSL)</source>
        <translation>cannot make a desk signing key (OpenSSL)</translation>
    </message>
    <message>
        <source>desk signing key %1: nothing to save</source>
        <translation>desk signing key %1: nothing to save</translation>
    </message>
    <message>
        <source>desk signing key %1: cannot write (%2)</source>
        <translation>desk signing key %1: cannot write (%2)</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoCommandLine</name>
    <message>
        <source>Accept EIDO status updates from agencies over HTTPS here (needs --eido-cert, --eido-key and the agencies&apos; tokens in DIR/eido-tokens).</source>
        <translation>Accept EIDO status updates from agencies over HTTPS here (needs --eido-cert, --eido-key and the agencies&apos; tokens in DIR/eido-tokens).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The EIDO endpoint&apos;s certificate (chain), PEM.</source>
        <translation>The EIDO endpoint&apos;s certificate (chain), PEM.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The EIDO endpoint&apos;s private key, PEM.</source>
        <translation>The EIDO endpoint&apos;s private key, PEM.</translation>
    </message>
    <message>
        <source>--eido-cert and --eido-key need --eido-listen ADDR:PORT</source>
        <translation>--eido-cert and --eido-key need --eido-listen ADDR:PORT</translation>
    </message>
    <message>
        <source>--eido-listen needs --eido-cert FILE and --eido-key FILE</source>
        <translation>--eido-listen needs --eido-cert FILE and --eido-key FILE</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoDocument</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>no incident with id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoSender</name>
    <message>
        <source>agency %1 has no EIDO endpoint in the agency directory</source>
        <translation>agency %1 has no EIDO endpoint in the agency directory</translation>
    </message>
    <message>
        <source>%1: no PEM certificate in the agency&apos;s eido_ca_file (agency %2)</source>
        <translation>%1: no PEM certificate in the agency&apos;s eido_ca_file (agency %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 answered HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The 112 room cancelled this handoff. %1</source>
        <translation>The 112 room cancelled this handoff. %1</translation>
    </message>
    <message>
        <source>The 112 room recorded that the agency refused this handoff. %1</source>
        <translation>The 112 room recorded that the agency refused this handoff. %1</translation>
    </message>
</context>
<context>
    <name>Sigap::EidoStatusReceiver</name>
    <message>
        <source>--eido-cert %1: cannot read (%2)</source>
        <translation>--eido-cert %1: cannot read (%2)</translation>
    </message>
    <message>
        <source>--eido-cert %1: no PEM certificate in the file</source>
        <translation>--eido-cert %1: no PEM certificate in the file</translation>
    </message>
    <message>
        <source>--eido-key %1: cannot read (%2)</source>
        <translation>--eido-key %1: cannot read (%2)</translation>
    </message>
    <message>
        <source>--eido-key %1: no unencrypted PEM private key (RSA or EC) in the file</source>
        <translation>--eido-key %1: no unencrypted PEM private key (RSA or EC) in the file</translation>
    </message>
    <message>
        <source>--eido-listen %1: expected an IP address and a port, e.g. 0.0.0.0:8443</source>
        <translation>--eido-listen %1: expected an IP address and a port, e.g. 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--eido-listen %1: %2</source>
        <translation>--eido-listen %1: %2</translation>
    </message>
    <message>
        <source>the update could not be recorded; send it again</source>
        <translation>the update could not be recorded; send it again</translation>
    </message>
    <message>
        <source>POST status updates to %1</source>
        <translation>POST status updates to %1</translation>
    </message>
    <message>
        <source>an agency token is required (Authorization: Bearer TOKEN)</source>
        <translation>an agency token is required (Authorization: Bearer TOKEN)</translation>
    </message>
    <message>
        <source>unknown agency token</source>
        <translation>unknown agency token</translation>
    </message>
    <message>
        <source>the body is not a JSON object: %1</source>
        <translation>the body is not a JSON object: %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a string</source>
        <translation>field &quot;%1&quot; is missing or not a string</translation>
    </message>
    <message>
        <source>field &quot;reason&quot; is not a string</source>
        <translation>field &quot;reason&quot; is not a string</translation>
    </message>
    <message>
        <source>the token is not agency %1&apos;s</source>
        <translation>the token is not agency %1&apos;s</translation>
    </message>
    <message>
        <source>field &quot;state&quot;: an agency reports acknowledged, dispatched, en_route, on_scene, finished or rejected</source>
        <translation>field &quot;state&quot;: an agency reports acknowledged, dispatched, en_route, on_scene, finished or rejected</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>incident %1 was never handed to %2</source>
        <translation>incident %1 was never handed to %2</translation>
    </message>
    <message>
        <source>the handoff is already %1</source>
        <translation>the handoff is already %1</translation>
    </message>
    <message>
        <source>only POST is accepted here</source>
        <translation>only POST is accepted here</translation>
    </message>
    <message>
        <source>the handoff is %1; it cannot become %2</source>
        <translation>the handoff is %1; it cannot become %2</translation>
    </message>
</context>
<context>
    <name>Sigap::Escalations</name>
    <message>
        <source>Agency has not acknowledged</source>
        <translation>Agency has not acknowledged</translation>
    </message>
    <message>
        <source>Call waiting</source>
        <translation>Call waiting</translation>
    </message>
    <message>
        <source>Over its target, no one on scene</source>
        <translation>Over its target, no one on scene</translation>
    </message>
</context>
<context>
    <name>Sigap::Event</name>
    <message>
        <source>the record is not a CBOR map</source>
        <translation>the record is not a CBOR map</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or has the wrong type</source>
        <translation>field &quot;%1&quot; is missing or has the wrong type</translation>
    </message>
    <message>
        <source>unsupported envelope version %1</source>
        <translation>unsupported envelope version %1</translation>
    </message>
    <message>
        <source>event %1 does not match its hash</source>
        <translation>event %1 does not match its hash</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a positive timestamp</source>
        <translation>field &quot;%1&quot; must be a positive timestamp</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a version from 1 to 65535</source>
        <translation>field &quot;%1&quot; must be a version from 1 to 65535</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has a map with the same key twice</source>
        <translation>field &quot;%1&quot; has a map with the same key twice</translation>
    </message>
    <message>
        <source>fields &quot;%1&quot; and &quot;%2&quot; come together, as byte strings</source>
        <translation>fields &quot;%1&quot; and &quot;%2&quot; come together, as byte strings</translation>
    </message>
</context>
<context>
    <name>Sigap::EventLog</name>
    <message>
        <source>a submitted %1 event cannot name other drafts</source>
        <translation>a submitted %1 event cannot name other drafts</translation>
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
        <translation>%1: cannot open the event store: %2</translation>
    </message>
    <message>
        <source>%1: the event store is damaged or not a Sigap store (%2); it was left untouched</source>
        <translation>%1: the event store is damaged or not a Sigap store (%2); it was left untouched</translation>
    </message>
    <message>
        <source>%1: the event store failed its integrity check (%2); it was left untouched</source>
        <translation>%1: the event store failed its integrity check (%2); it was left untouched</translation>
    </message>
    <message>
        <source>%1: the event store has schema version %2, newer than this program understands (%3); use a newer Sigap 112. The file was left untouched</source>
        <translation>%1: the event store has schema version %2, newer than this program understands (%3); use a newer Sigap 112. The file was left untouched</translation>
    </message>
    <message>
        <source>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;; it was left untouched</source>
        <translation>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;; it was left untouched</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: is not a file</translation>
    </message>
    <message>
        <source>%1: the file system does not support SQLite&apos;s write-ahead log</source>
        <translation>%1: the file system does not support SQLite&apos;s write-ahead log</translation>
    </message>
    <message>
        <source>cannot write the store&apos;s identity</source>
        <translation>cannot write the store&apos;s identity</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s identity: %2</source>
        <translation>%1: cannot write the store&apos;s identity: %2</translation>
    </message>
    <message>
        <source>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: the event store belongs to room &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation>migration to schema version %1 failed</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>cannot record the schema version</translation>
    </message>
    <message>
        <source>%1: migration to schema version %2 failed: %3</source>
        <translation>%1: migration to schema version %2 failed: %3</translation>
    </message>
    <message>
        <source>cannot read the chain heads</source>
        <translation>cannot read the chain heads</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: cannot start a transaction: %2</translation>
    </message>
    <message>
        <source>cannot append an event</source>
        <translation>cannot append an event</translation>
    </message>
    <message>
        <source>cannot update the chain head</source>
        <translation>cannot update the chain head</translation>
    </message>
    <message>
        <source>%1: the events could not be saved: %2</source>
        <translation>%1: the events could not be saved: %2</translation>
    </message>
    <message>
        <source>event %1 belongs to room &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>event %1 belongs to room &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>event %1 does not match its hash</source>
        <translation>event %1 does not match its hash</translation>
    </message>
    <message>
        <source>event %1 follows %2-%3, the events in between are missing</source>
        <translation>event %1 follows %2-%3, the events in between are missing</translation>
    </message>
    <message>
        <source>event %1 does not link to the previous event of %2 (broken hash chain)</source>
        <translation>event %1 does not link to the previous event of %2 (broken hash chain)</translation>
    </message>
    <message>
        <source>cannot insert event %1</source>
        <translation>cannot insert event %1</translation>
    </message>
    <message>
        <source>%1: the imported events could not be saved: %2</source>
        <translation>%1: the imported events could not be saved: %2</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>cannot read the events</translation>
    </message>
    <message>
        <source>event %1: expected sequence %2 of %3, the chain has a gap</source>
        <translation>event %1: expected sequence %2 of %3, the chain has a gap</translation>
    </message>
    <message>
        <source>event %1 does not match its hash: its content was changed</source>
        <translation>event %1 does not match its hash: its content was changed</translation>
    </message>
    <message>
        <source>cannot save a snapshot</source>
        <translation>cannot save a snapshot</translation>
    </message>
    <message>
        <source>cannot prune old snapshots</source>
        <translation>cannot prune old snapshots</translation>
    </message>
    <message>
        <source>%1: cannot save a snapshot: %2</source>
        <translation>%1: cannot save a snapshot: %2</translation>
    </message>
    <message>
        <source>%1: the event store failed its integrity check (%2)</source>
        <translation>%1: the event store failed its integrity check (%2)</translation>
    </message>
    <message>
        <source>event %1 is stamped %2, more than a day ahead of this desk&apos;s clock</source>
        <translation>event %1 is stamped %2, more than a day ahead of this desk&apos;s clock</translation>
    </message>
    <message>
        <source>reading the events failed</source>
        <translation>reading the events failed</translation>
    </message>
    <message>
        <source>%1: cannot prepare writing events: %2</source>
        <translation>%1: cannot prepare writing events: %2</translation>
    </message>
    <message>
        <source>%1: the store is open read-only</source>
        <translation>%1: the store is open read-only</translation>
    </message>
    <message>
        <source>%1: cannot read the events: %2</source>
        <translation>%1: cannot read the events: %2</translation>
    </message>
    <message>
        <source>a %1 event of %2 bytes is too large (at most %3)</source>
        <translation>a %1 event of %2 bytes is too large (at most %3)</translation>
    </message>
    <message>
        <source>event %1 is %2 bytes, more than the %3 an event may hold</source>
        <translation>event %1 is %2 bytes, more than the %3 an event may hold</translation>
    </message>
    <message>
        <source>a %1 event names draft %2, which is not before it</source>
        <translation>a %1 event names draft %2, which is not before it</translation>
    </message>
    <message>
        <source>cannot read the newest stamp</source>
        <translation>cannot read the newest stamp</translation>
    </message>
    <message>
        <source>cannot record the newest stamp</source>
        <translation>cannot record the newest stamp</translation>
    </message>
    <message>
        <source>cannot archive settled history</source>
        <translation>cannot archive settled history</translation>
    </message>
    <message>
        <source>%1: cannot archive settled history: %2</source>
        <translation>%1: cannot archive settled history: %2</translation>
    </message>
    <message>
        <source>cannot clear the archive of settled history</source>
        <translation>cannot clear the archive of settled history</translation>
    </message>
    <message>
        <source>%1: cannot clear the archive of settled history: %2</source>
        <translation>%1: cannot clear the archive of settled history: %2</translation>
    </message>
    <message>
        <source>cannot read the desks&apos; keys</source>
        <translation>cannot read the desks&apos; keys</translation>
    </message>
    <message>
        <source>%1: the signing key of desk %2 (%3) is missing. A copy of a store cannot write as the desk it came from: import its events into a new data folder instead</source>
        <translation>%1: the signing key of desk %2 (%3) is missing. A copy of a store cannot write as the desk it came from: import its events into a new data folder instead</translation>
    </message>
    <message>
        <source>%1: desk %2 is registered with key %3, but %4 holds key %5: this store&apos;s desk id is another desk&apos;s</source>
        <translation>%1: desk %2 is registered with key %3, but %4 holds key %5: this store&apos;s desk id is another desk&apos;s</translation>
    </message>
    <message>
        <source>cannot register the desk&apos;s key</source>
        <translation>cannot register the desk&apos;s key</translation>
    </message>
    <message>
        <source>cannot sign the desk&apos;s newest event</source>
        <translation>cannot sign the desk&apos;s newest event</translation>
    </message>
    <message>
        <source>%1: cannot register the desk&apos;s key: %2</source>
        <translation>%1: cannot register the desk&apos;s key: %2</translation>
    </message>
    <message>
        <source>%1: cannot sign an event (OpenSSL)</source>
        <translation>%1: cannot sign an event (OpenSSL)</translation>
    </message>
    <message>
        <source>desk %1 is quarantined for a fork; its events %2 to %3 are refused</source>
        <translation>desk %1 is quarantined for a fork; its events %2 to %3 are refused</translation>
    </message>
    <message>
        <source>event %1 is listed twice with different content</source>
        <translation>event %1 is listed twice with different content</translation>
    </message>
    <message>
        <source>event %1 follows %2, the events in between are missing</source>
        <translation>event %1 follows %2, the events in between are missing</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 end without the desk&apos;s signature</source>
        <translation>events %1 to %2 of desk %3 end without the desk&apos;s signature</translation>
    </message>
    <message>
        <source>offered key %1; registered key %2</source>
        <translation>offered key %1; registered key %2</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 are signed with key %4, not with the key the desk registered (%5): another desk writes under its id</source>
        <translation>events %1 to %2 of desk %3 are signed with key %4, not with the key the desk registered (%5): another desk writes under its id</translation>
    </message>
    <message>
        <source>the signature of event %1 does not verify with key %2</source>
        <translation>the signature of event %1 does not verify with key %2</translation>
    </message>
    <message>
        <source>event %1 carries a signature that does not verify with desk %2&apos;s key %3</source>
        <translation>event %1 carries a signature that does not verify with desk %2&apos;s key %3</translation>
    </message>
    <message>
        <source>event %1-%2: %3 here, %4 also signed</source>
        <translation>event %1-%2: %3 here, %4 also signed</translation>
    </message>
    <message>
        <source>desk %1 signed two different events numbered %2 (a forked chain): its events are refused from now on, every other desk&apos;s go on</source>
        <translation>desk %1 signed two different events numbered %2 (a forked chain): its events are refused from now on, every other desk&apos;s go on</translation>
    </message>
    <message>
        <source>cannot register a desk&apos;s key</source>
        <translation>cannot register a desk&apos;s key</translation>
    </message>
    <message>
        <source>cannot record a desk&apos;s refused events</source>
        <translation>cannot record a desk&apos;s refused events</translation>
    </message>
    <message>
        <source>offered key %1 with another event %2-%3 than the one held here</source>
        <translation>offered key %1 with another event %2-%3 than the one held here</translation>
    </message>
    <message>
        <source>events %1 to %2 of desk %3 differ from those held here and come with a key never seen for it (%4)</source>
        <translation>events %1 to %2 of desk %3 differ from those held here and come with a key never seen for it (%4)</translation>
    </message>
</context>
<context>
    <name>Sigap::FrameDecoder</name>
    <message>
        <source>the frame is not valid CBOR (%1)</source>
        <translation>the frame is not valid CBOR (%1)</translation>
    </message>
    <message>
        <source>the frame has %1 bytes after its CBOR value</source>
        <translation>the frame has %1 bytes after its CBOR value</translation>
    </message>
    <message>
        <source>the frame is not a CBOR map</source>
        <translation>the frame is not a CBOR map</translation>
    </message>
    <message>
        <source>the frame has no type (&quot;t&quot;)</source>
        <translation>the frame has no type (&quot;t&quot;)</translation>
    </message>
    <message>
        <source>a frame of %1 bytes was announced; the limit is %2</source>
        <translation>a frame of %1 bytes was announced; the limit is %2</translation>
    </message>
</context>
<context>
    <name>Sigap::Gazetteer</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1:%2: feature %3%4: %5: %6</source>
        <translation>%1:%2: feature %3%4: %5: %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of desa, kelurahan, kecamatan, kota, kabupaten</source>
        <translation>&quot;%1&quot; is not one of desa, kelurahan, kecamatan, kota, kabupaten</translation>
    </message>
    <message>
        <source>a kecamatan code has the form 63.03.05</source>
        <translation>a kecamatan code has the form 63.03.05</translation>
    </message>
    <message>
        <source>a village code has the form 63.03.05.2001</source>
        <translation>a village code has the form 63.03.05.2001</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>a village needs a Polygon or MultiPolygon</source>
        <translation>a village needs a Polygon or MultiPolygon</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, but the code says %2 (1xxx: kelurahan, 2xxx: desa)</source>
        <translation>&quot;%1&quot;, but the code says %2 (1xxx: kelurahan, 2xxx: desa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the prefix of the village code</source>
        <translation>&quot;%1&quot; is not the prefix of the village code</translation>
    </message>
    <message>
        <source>%1: no desa or kelurahan features</source>
        <translation>%1: no desa or kelurahan features</translation>
    </message>
    <message>
        <source>this kecamatan code appears twice</source>
        <translation>this kecamatan code appears twice</translation>
    </message>
    <message>
        <source>this village code appears twice</source>
        <translation>this village code appears twice</translation>
    </message>
    <message>
        <source>no kecamatan %1 in this file holds the village</source>
        <translation>no kecamatan %1 in this file holds the village</translation>
    </message>
    <message>
        <source>the village lies outside its kecamatan %1 (%2)</source>
        <translation>the village lies outside its kecamatan %1 (%2)</translation>
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
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a GeoJSON FeatureCollection</source>
        <translation>%1: not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>%1: feature %2: unsupported geometry type &quot;%3&quot;</source>
        <translation>%1: feature %2: unsupported geometry type &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: feature %2: malformed %3 coordinates</source>
        <translation>%1: feature %2: malformed %3 coordinates</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffCommands</name>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>no incident with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>no agency with id &quot;%1&quot; in the room&apos;s agency directory</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot;: expected desk, eido or phone</source>
        <translation>channel &quot;%1&quot;: expected desk, eido or phone</translation>
    </message>
    <message>
        <source>%1 has no EIDO endpoint in the agency directory</source>
        <translation>%1 has no EIDO endpoint in the agency directory</translation>
    </message>
    <message>
        <source>state &quot;%1&quot;: expected acknowledged, dispatched, en_route, on_scene, finished, rejected or cancelled</source>
        <translation>state &quot;%1&quot;: expected acknowledged, dispatched, en_route, on_scene, finished, rejected or cancelled</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>a rejection needs a reason</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffDialog</name>
    <message>
        <source>liaison desk</source>
        <translation>liaison desk</translation>
    </message>
    <message>
        <source>data link (EIDO)</source>
        <translation>data link (EIDO)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Hand off the incident</source>
        <translation>Hand off the incident</translation>
    </message>
    <message>
        <source>Agencies (ticked: those that handle this category; Space ticks, Enter sends):</source>
        <translation>Agencies (ticked: those that handle this category; Space ticks, Enter sends):</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Hand off (Enter)</source>
        <translation>Hand off (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>name and rank of who took the call</source>
        <translation>name and rank of who took the call</translation>
    </message>
    <message>
        <source>Received at %1 by</source>
        <translation>Received at %1 by</translation>
    </message>
    <message>
        <source>Tick at least one agency (Space), or Esc to cancel.</source>
        <translation>Tick at least one agency (Space), or Esc to cancel.</translation>
    </message>
    <message>
        <source>Call %1 first, then type who took the call there.</source>
        <translation>Call %1 first, then type who took the call there.</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffModel</name>
    <message>
        <source>%1 · EIDO on its way</source>
        <translation>%1 · EIDO on its way</translation>
    </message>
    <message>
        <source>%1 · EIDO delivered</source>
        <translation>%1 · EIDO delivered</translation>
    </message>
    <message>
        <source>%1 · EIDO refused (%2): %3 — hand it on by phone</source>
        <translation>%1 · EIDO refused (%2): %3 — hand it on by phone</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>In this step</source>
        <translation>In this step</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffPanel</name>
    <message>
        <source>Show &amp;finished, refused and cancelled</source>
        <translation>Show &amp;finished, refused and cancelled</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the handoff</source>
        <translation>&amp;Acknowledge the handoff</translation>
    </message>
    <message>
        <source>Units &amp;dispatched</source>
        <translation>Units &amp;dispatched</translation>
    </message>
    <message>
        <source>Units &amp;en route</source>
        <translation>Units &amp;en route</translation>
    </message>
    <message>
        <source>Units on &amp;scene</source>
        <translation>Units on &amp;scene</translation>
    </message>
    <message>
        <source>Handoff &amp;finished</source>
        <translation>Handoff &amp;finished</translation>
    </message>
    <message>
        <source>&amp;Refuse the handoff…</source>
        <translation>&amp;Refuse the handoff…</translation>
    </message>
    <message>
        <source>Handoffs to %1</source>
        <translation>Handoffs to %1</translation>
    </message>
    <message>
        <source>Handoffs to every agency</source>
        <translation>Handoffs to every agency</translation>
    </message>
    <message>
        <source>Select a handoff in the list first.</source>
        <translation>Select a handoff in the list first.</translation>
    </message>
    <message>
        <source>Incident %1: the handoff is %2 already; it cannot become %3.</source>
        <translation>Incident %1: the handoff is %2 already; it cannot become %3.</translation>
    </message>
    <message>
        <source>Refuse the handoff</source>
        <translation>Refuse the handoff</translation>
    </message>
    <message>
        <source>Why does the agency refuse incident %1?</source>
        <translation>Why does the agency refuse incident %1?</translation>
    </message>
    <message>
        <source>Dispatch the nearest &amp;unit…</source>
        <translation>Dispatch the nearest &amp;unit…</translation>
    </message>
    <message>
        <source>Incident %1 has no place on the map and no kelurahan: units cannot be measured to it.</source>
        <translation>Incident %1 has no place on the map and no kelurahan: units cannot be measured to it.</translation>
    </message>
    <message>
        <source>No unit of %1 is available with a position heard in the last 5 minutes.</source>
        <translation>No unit of %1 is available with a position heard in the last 5 minutes.</translation>
    </message>
    <message>
        <source>%1 to incident %2</source>
        <translation>%1 to incident %2</translation>
    </message>
    <message>
        <source>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · C cancelled by the room · Enter: the incident</source>
        <translation>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · C cancelled by the room · Enter: the incident</translation>
    </message>
    <message>
        <source>&amp;Cancel the handoff (the room withdraws it)</source>
        <translation>&amp;Cancel the handoff (the room withdraws it)</translation>
    </message>
    <message>
        <source>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · Enter: the incident</source>
        <translation>A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · F finished · R refused · Enter: the incident</translation>
    </message>
</context>
<context>
    <name>Sigap::HandoffStates</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Sigap::HistorySearchDialog</name>
    <message>
        <source>Search history</source>
        <translation>Search history</translation>
    </message>
    <message>
        <source>Words: id, category, kelurahan, number, address, note…</source>
        <translation>Words: id, category, kelurahan, number, address, note…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Incidents found</source>
        <translation>Incidents found</translation>
    </message>
    <message>
        <source>Details of the incident found</source>
        <translation>Details of the incident found</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Words</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day before the last.</source>
        <translation>The period starts after it ends: choose a first day before the last.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found.</source>
        <translation>
            <numerusform>%n incident found.</numerusform>
            <numerusform>%n incidents found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed: narrow the period or add a word.</source>
        <translation>
            <numerusform>%n more not listed: narrow the period or add a word.</numerusform>
            <numerusform>%n more not listed: narrow the period or add a word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sigap::HttpRequestReader</name>
    <message>
        <source>request too large</source>
        <translation>request too large</translation>
    </message>
    <message>
        <source>not an HTTP request</source>
        <translation>not an HTTP request</translation>
    </message>
    <message>
        <source>send the body with a Content-Length</source>
        <translation>send the body with a Content-Length</translation>
    </message>
    <message>
        <source>bad Content-Length</source>
        <translation>bad Content-Length</translation>
    </message>
    <message>
        <source>a malformed header line</source>
        <translation>a malformed header line</translation>
    </message>
    <message>
        <source>a header that may come once came twice</source>
        <translation>a header that may come once came twice</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentCallsHtml</name>
    <message>
        <source>Calls and recordings</source>
        <translation>Calls and recordings</translation>
    </message>
    <message numerus="yes">
        <source>rang %n s</source>
        <translation>
            <numerusform>rang %n s</numerusform>
            <numerusform>rang %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>put through to %1 at %2</source>
        <translation>put through to %1 at %2</translation>
    </message>
    <message>
        <source>called back at %1, answered</source>
        <translation>called back at %1, answered</translation>
    </message>
    <message>
        <source>called back at %1, no answer</source>
        <translation>called back at %1, no answer</translation>
    </message>
    <message>
        <source>being called back since %1</source>
        <translation>being called back since %1</translation>
    </message>
    <message>
        <source>call from %1 at %2</source>
        <translation>call from %1 at %2</translation>
    </message>
    <message>
        <source>call-back to %1</source>
        <translation>call-back to %1</translation>
    </message>
    <message>
        <source>recording (%1) removed under the room&apos;s retention</source>
        <translation>recording (%1) removed under the room&apos;s retention</translation>
    </message>
    <message>
        <source>▶ recording, %1, desk %2</source>
        <translation>▶ recording, %1, desk %2</translation>
    </message>
    <message>
        <source>▶ call-back recording, %1, desk %2</source>
        <translation>▶ call-back recording, %1, desk %2</translation>
    </message>
    <message>
        <source>Ctrl+P plays the last recording listed.</source>
        <translation>Ctrl+P plays the last recording listed.</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentCommands</name>
    <message>
        <source>category: unknown category &quot;%1&quot;</source>
        <translation>category: unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>priority: must be 1 (highest) to 4, not %1</source>
        <translation>priority: must be 1 (highest) to 4, not %1</translation>
    </message>
    <message>
        <source>lat/lon: give both latitude and longitude, or neither</source>
        <translation>lat/lon: give both latitude and longitude, or neither</translation>
    </message>
    <message>
        <source>lat: %1 is not a latitude (-90 to 90)</source>
        <translation>lat: %1 is not a latitude (-90 to 90)</translation>
    </message>
    <message>
        <source>lon: %1 is not a longitude (-180 to 180)</source>
        <translation>lon: %1 is not a longitude (-180 to 180)</translation>
    </message>
    <message>
        <source>kelurahan: unknown kelurahan code &quot;%1&quot;</source>
        <translation>kelurahan: unknown kelurahan code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>caller: &quot;%1&quot; is not a phone number</source>
        <translation>caller: &quot;%1&quot; is not a phone number</translation>
    </message>
    <message>
        <source>note: the note is empty</source>
        <translation>note: the note is empty</translation>
    </message>
    <message>
        <source>status: unknown status &quot;%1&quot; (new, in_progress, handed_off, closed, cancelled)</source>
        <translation>status: unknown status &quot;%1&quot; (new, in_progress, handed_off, closed, cancelled)</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentDetailsHtml</name>
    <message>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>%1, Kec. %2</source>
        <translation>%1, Kec. %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Conflicts for the shift lead</source>
        <translation>Conflicts for the shift lead</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>Not handed off yet (Ctrl+H).</source>
        <translation>Not handed off yet (Ctrl+H).</translation>
    </message>
    <message>
        <source>%1 — not acknowledged in time</source>
        <translation>%1 — not acknowledged in time</translation>
    </message>
    <message>
        <source>handed off to %1</source>
        <translation>handed off to %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>reported: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>call linked: %1</source>
        <translation>call linked: %1</translation>
    </message>
    <message>
        <source>call link undone: %1</source>
        <translation>call link undone: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentForm</name>
    <message>
        <source>From the category</source>
        <translation>From the category</translation>
    </message>
    <message>
        <source>type a kelurahan or kecamatan</source>
        <translation>type a kelurahan or kecamatan</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>P&amp;riority</translation>
    </message>
    <message>
        <source>&amp;Kelurahan</source>
        <translation>&amp;Kelurahan</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>New &amp;incident</source>
        <translation>New &amp;incident</translation>
    </message>
    <message>
        <source>&amp;Save the incident</source>
        <translation>&amp;Save the incident</translation>
    </message>
    <message>
        <source>%1, Kec. %2</source>
        <translation>%1, Kec. %2</translation>
    </message>
    <message>
        <source>Category: choose one of the list (type a part of its name).</source>
        <translation>Category: choose one of the list (type a part of its name).</translation>
    </message>
    <message>
        <source>Incident %1 saved.</source>
        <translation>Incident %1 saved.</translation>
    </message>
    <message>
        <source>F3 starts a new incident, Ctrl+Enter saves it.</source>
        <translation>F3 starts a new incident, Ctrl+Enter saves it.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>That place is outside the city&apos;s kelurahan; type the kelurahan.</source>
        <translation>That place is outside the city&apos;s kelurahan; type the kelurahan.</translation>
    </message>
    <message>
        <source>not set: click the map while filling the form, or F4 and Enter</source>
        <translation>not set: click the map while filling the form, or F4 and Enter</translation>
    </message>
    <message>
        <source>%1 (from the map)</source>
        <translation>%1 (from the map)</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s network location)</source>
        <translation>%1 (the caller&apos;s network location)</translation>
    </message>
    <message>
        <source>Use the caller&apos;s &amp;location</source>
        <translation>Use the caller&apos;s &amp;location</translation>
    </message>
    <message>
        <source>The call at this desk has no caller&apos;s location.</source>
        <translation>The call at this desk has no caller&apos;s location.</translation>
    </message>
    <message>
        <source>The caller is outside the city&apos;s kelurahan; type the kelurahan.</source>
        <translation>The caller is outside the city&apos;s kelurahan; type the kelurahan.</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s device location, ± %2 m)</source>
        <translation>%1 (the caller&apos;s device location, ± %2 m)</translation>
    </message>
    <message>
        <source>%1 (the caller&apos;s device location)</source>
        <translation>%1 (the caller&apos;s device location)</translation>
    </message>
    <message>
        <source>type a desa, kelurahan or kecamatan</source>
        <translation>type a desa, kelurahan or kecamatan</translation>
    </message>
    <message>
        <source>&amp;Desa/kelurahan</source>
        <translation>&amp;Desa/kelurahan</translation>
    </message>
    <message>
        <source>The caller is outside the regency&apos;s villages; type the desa or kelurahan.</source>
        <translation>The caller is outside the regency&apos;s villages; type the desa or kelurahan.</translation>
    </message>
    <message>
        <source>That place is outside the regency&apos;s villages; type the desa or kelurahan.</source>
        <translation>That place is outside the regency&apos;s villages; type the desa or kelurahan.</translation>
    </message>
    <message>
        <source>%1: nothing matches &quot;%2&quot;.</source>
        <translation>%1: nothing matches &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentModel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
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
        <translation>Caller</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Sigap::IncidentStatuses</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Sigap::KpiModel</name>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 of %3)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message numerus="yes">
        <source>median %1, 90th percentile %2, from %n handoff(s)</source>
        <translation>
            <numerusform>median %1, 90th percentile %2, from %n handoff</numerusform>
            <numerusform>median %1, 90th percentile %2, from %n handoffs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Median · 90th percentile, in minutes and seconds</source>
        <translation>Median · 90th percentile, in minutes and seconds</translation>
    </message>
    <message>
        <source>Answered → sent</source>
        <translation>Answered → sent</translation>
    </message>
    <message>
        <source>→ acknowledged</source>
        <translation>→ acknowledged</translation>
    </message>
    <message>
        <source>→ dispatched</source>
        <translation>→ dispatched</translation>
    </message>
    <message>
        <source>→ on scene</source>
        <translation>→ on scene</translation>
    </message>
    <message>
        <source>→ finished</source>
        <translation>→ finished</translation>
    </message>
    <message>
        <source>Answered → on scene</source>
        <translation>Answered → on scene</translation>
    </message>
</context>
<context>
    <name>Sigap::KpiPanel</name>
    <message>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Response times per agency and category</source>
        <translation>Response times per agency and category</translation>
    </message>
    <message>
        <source>Recompute the &amp;response times</source>
        <translation>Recompute the &amp;response times</translation>
    </message>
    <message numerus="yes">
        <source>Response times %1 – %2: %n handoff(s)</source>
        <translation>
            <numerusform>Response times %1 – %2: %n handoff</numerusform>
            <numerusform>Response times %1 – %2: %n handoffs</numerusform>
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
        <translation>Call answered to on scene per agency (minutes)</translation>
    </message>
    <message>
        <source>Calls: %1 offered · %2 % answered within %3 s (target %4 %) · p90 %5 s · %6 abandoned</source>
        <translation>Calls: %1 offered · %2 % answered within %3 s (target %4 %) · p90 %5 s · %6 abandoned</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadBoard</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Desks of the room</source>
        <translation>Desks of the room</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Overdue by</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>Sigap 112 — shift lead board — room %1</source>
        <translation>Sigap 112 — shift lead board — room %1</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>&amp;Desks</translation>
    </message>
    <message>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalations</translation>
    </message>
    <message>
        <source>Open &amp;incidents</source>
        <translation>Open &amp;incidents</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Reassign the incident to an operator…</source>
        <translation>&amp;Reassign the incident to an operator…</translation>
    </message>
    <message>
        <source>&amp;Take the incident over</source>
        <translation>&amp;Take the incident over</translation>
    </message>
    <message>
        <source>You have the incident now.</source>
        <translation>You have the incident now.</translation>
    </message>
    <message>
        <source>&amp;Answer the escalation…</source>
        <translation>&amp;Answer the escalation…</translation>
    </message>
    <message>
        <source>&amp;Write the shift handover…</source>
        <translation>&amp;Write the shift handover…</translation>
    </message>
    <message>
        <source>&amp;Countersign the handover (incoming lead)…</source>
        <translation>&amp;Countersign the handover (incoming lead)…</translation>
    </message>
    <message>
        <source>&amp;Monthly report (PDF)…</source>
        <translation>&amp;Monthly report (PDF)…</translation>
    </message>
    <message>
        <source>shift lead: %1</source>
        <translation>shift lead: %1</translation>
    </message>
    <message>
        <source>no shift lead signed in at this desk: the board is read-only</source>
        <translation>no shift lead signed in at this desk: the board is read-only</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (this desk)</translation>
    </message>
    <message>
        <source>call from %1</source>
        <translation>call from %1</translation>
    </message>
    <message>
        <source>incident %1, %2</source>
        <translation>incident %1, %2</translation>
    </message>
    <message>
        <source>Select an open incident first.</source>
        <translation>Select an open incident first.</translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Select an escalation first.</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1 (%2), not signed in</translation>
    </message>
    <message>
        <source>%1 (%2), at desk %3</source>
        <translation>%1 (%2), at desk %3</translation>
    </message>
    <message>
        <source>Reassign incident %1</source>
        <translation>Reassign incident %1</translation>
    </message>
    <message>
        <source>Give the incident to:</source>
        <translation>Give the incident to:</translation>
    </message>
    <message>
        <source>Incident given to %1; their desk is alerted.</source>
        <translation>Incident given to %1; their desk is alerted.</translation>
    </message>
    <message>
        <source>Answer the escalation</source>
        <translation>Answer the escalation</translation>
    </message>
    <message>
        <source>What is being done (optional):</source>
        <translation>What is being done (optional):</translation>
    </message>
    <message>
        <source>Escalation answered for the whole room.</source>
        <translation>Escalation answered for the whole room.</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message numerus="yes">
        <source>What the next shift must know (the %n open incident(s) are listed with it):</source>
        <translation>
            <numerusform>What the next shift must know (the %n open incident are listed with it):</numerusform>
            <numerusform>What the next shift must know (the %n open incidents are listed with it):</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover written: the incoming shift lead countersigns it (Ctrl+Shift+W).</source>
        <translation>Handover written: the incoming shift lead countersigns it (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>There is no handover waiting to be countersigned.</source>
        <translation>There is no handover waiting to be countersigned.</translation>
    </message>
    <message>
        <source>Countersign the handover of %1</source>
        <translation>Countersign the handover of %1</translation>
    </message>
    <message>
        <source>Countersign and sign in</source>
        <translation>Countersign and sign in</translation>
    </message>
    <message>
        <source>Handover countersigned; %1 is signed in here.</source>
        <translation>Handover countersigned; %1 is signed in here.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>Save the shift report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Folder for the shift&apos;s CSV files</source>
        <translation>Folder for the shift&apos;s CSV files</translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to %1</source>
        <translation>
            <numerusform>%n CSV file written to %1</numerusform>
            <numerusform>%n CSV files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Shift report (PDF)…</source>
        <translation>&amp;Shift report (PDF)…</translation>
    </message>
    <message>
        <source>Shift figures as CS&amp;V…</source>
        <translation>Shift figures as CS&amp;V…</translation>
    </message>
    <message>
        <source>Close the &amp;board</source>
        <translation>Close the &amp;board</translation>
    </message>
    <message numerus="yes">
        <source>Shift %1–%2 · %3 · %n open incident(s)</source>
        <translation>
            <numerusform>Shift %1–%2 · %3 · %n open incident</numerusform>
            <numerusform>Shift %1–%2 · %3 · %n open incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Mont&amp;h&apos;s figures as CSV…</source>
        <translation>Mont&amp;h&apos;s figures as CSV…</translation>
    </message>
    <message>
        <source>Folder for the month&apos;s CSV files</source>
        <translation>Folder for the month&apos;s CSV files</translation>
    </message>
    <message>
        <source>Last month&apos;s re&amp;port (PDF)…</source>
        <translation>Last month&apos;s re&amp;port (PDF)…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>QUARANTINED: signed two different histories</source>
        <translation>QUARANTINED: signed two different histories</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>not yet seen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>%1: NOT this desk&apos;s configuration</source>
        <translation>%1: NOT this desk&apos;s configuration</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadCommands</name>
    <message>
        <source>No one is signed in at this desk: a shift lead signs in first.</source>
        <translation>No one is signed in at this desk: a shift lead signs in first.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: it needs the shift lead role.</source>
        <translation>%1 (%2) may not do this: it needs the shift lead role.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
    <message>
        <source>Incident %1 is %2: only an open incident is reassigned.</source>
        <translation>Incident %1 is %2: only an open incident is reassigned.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>There is no operator %1.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 is no longer active.</translation>
    </message>
    <message>
        <source>%1 does not work incidents (roles: %2).</source>
        <translation>%1 does not work incidents (roles: %2).</translation>
    </message>
    <message>
        <source>Incident %1 is already with %2.</source>
        <translation>Incident %1 is already with %2.</translation>
    </message>
    <message>
        <source>This escalation has been answered already.</source>
        <translation>This escalation has been answered already.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The handover note is empty: write what the next shift must know.</source>
        <translation>The handover note is empty: write what the next shift must know.</translation>
    </message>
    <message>
        <source>There is no handover %1.</source>
        <translation>There is no handover %1.</translation>
    </message>
    <message>
        <source>This handover was countersigned already, by %1.</source>
        <translation>This handover was countersigned already, by %1.</translation>
    </message>
    <message>
        <source>The incoming shift lead countersigns the handover, not the one who wrote it.</source>
        <translation>The incoming shift lead countersigns the handover, not the one who wrote it.</translation>
    </message>
</context>
<context>
    <name>Sigap::LeadDesk</name>
    <message>
        <source>There is no escalation %1 now.</source>
        <translation>There is no escalation %1 now.</translation>
    </message>
    <message>
        <source>The handover is countersigned at the desk where %1, who wrote it, is signed in.</source>
        <translation>The handover is countersigned at the desk where %1, who wrote it, is signed in.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>There is no operator %1.</translation>
    </message>
</context>
<context>
    <name>Sigap::LogAnonymiser</name>
    <message>
        <source>no call was offered in the chosen time window</source>
        <translation>no call was offered in the chosen time window</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised replay: %n call(s)</source>
        <translation>
            <numerusform>Anonymised replay: %n call</numerusform>
            <numerusform>Anonymised replay: %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sigap::LogFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: record %2: %3</translation>
    </message>
    <message>
        <source>not a Sigap log file (%1)</source>
        <translation>not a Sigap log file (%1)</translation>
    </message>
    <message>
        <source>not a Sigap log file (no sigap-log header)</source>
        <translation>not a Sigap log file (no sigap-log header)</translation>
    </message>
    <message>
        <source>log file version %1 is not supported</source>
        <translation>log file version %1 is not supported</translation>
    </message>
    <message>
        <source>the header has no event count</source>
        <translation>the header has no event count</translation>
    </message>
    <message>
        <source>unreadable or truncated (%1)</source>
        <translation>unreadable or truncated (%1)</translation>
    </message>
    <message>
        <source>event %1 is of room &quot;%2&quot;, the file is of room &quot;%3&quot;</source>
        <translation>event %1 is of room &quot;%2&quot;, the file is of room &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the file ends after %1 of %2 events (truncated)</source>
        <translation>the file ends after %1 of %2 events (truncated)</translation>
    </message>
    <message>
        <source>the file holds more events than its header&apos;s %1</source>
        <translation>the file holds more events than its header&apos;s %1</translation>
    </message>
</context>
<context>
    <name>Sigap::MainWindow</name>
    <message>
        <source>Sigap 112 — %1 — room %2</source>
        <translation>Sigap 112 — %1 — room %2</translation>
    </message>
    <message>
        <source>Incident list</source>
        <translation>Incident list</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F): kelurahan, number, category…</source>
        <translation>Search incidents (Ctrl+F): kelurahan, number, category…</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Incident details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Open incidents</source>
        <translation>&amp;Open incidents</translation>
    </message>
    <message>
        <source>&amp;Closed incidents</source>
        <translation>&amp;Closed incidents</translation>
    </message>
    <message>
        <source>&amp;All incidents</source>
        <translation>&amp;All incidents</translation>
    </message>
    <message>
        <source>Incident filter</source>
        <translation>Incident filter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Incident &amp;list</source>
        <translation>Incident &amp;list</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sigap 112</source>
        <translation>&amp;About Sigap 112</translation>
    </message>
    <message>
        <source>About Sigap 112</source>
        <translation>About Sigap 112</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sigap 112&lt;/b&gt; %1&lt;br&gt;Operator workstation for Call Center 112 command rooms.&lt;br&gt;&lt;br&gt;Administrative boundaries: cahyadsn/wilayah_boundaries (MIT License), codes per Kepmendagri No 300.2.2-2138 Tahun 2025.</source>
        <translation>&lt;b&gt;Sigap 112&lt;/b&gt; %1&lt;br&gt;Operator workstation for Call Center 112 command rooms.&lt;br&gt;&lt;br&gt;Administrative boundaries: cahyadsn/wilayah_boundaries (MIT License), codes per Kepmendagri No 300.2.2-2138 Tahun 2025.</translation>
    </message>
    <message>
        <source>Open: %1 · All: %2 · Shown: %3</source>
        <translation>Open: %1 · All: %2 · Shown: %3</translation>
    </message>
    <message>
        <source>Room %1 · desk %2 · %3 events saved</source>
        <translation>Room %1 · desk %2 · %3 events saved</translation>
    </message>
    <message>
        <source>&lt;p&gt;No incident selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No incident selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>Keys of the desk</source>
        <translation>Keys of the desk</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>La&amp;rger text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>Res&amp;tore the saved layout</source>
        <translation>Res&amp;tore the saved layout</translation>
    </message>
    <message>
        <source>M&amp;y open incidents</source>
        <translation>M&amp;y open incidents</translation>
    </message>
    <message>
        <source>Show the incident &amp;timeline</source>
        <translation>Show the incident &amp;timeline</translation>
    </message>
    <message>
        <source>Incident and timeline</source>
        <translation>Incident and timeline</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Show the &amp;map</source>
        <translation>Show the &amp;map</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Incidents on the map</source>
        <translation>&amp;Incidents on the map</translation>
    </message>
    <message>
        <source>&amp;Cameras on the map</source>
        <translation>&amp;Cameras on the map</translation>
    </message>
    <message>
        <source>&amp;Cameras near the selected incident</source>
        <translation>&amp;Cameras near the selected incident</translation>
    </message>
    <message>
        <source>&amp;Wall of 1, 4 or 9 cameras</source>
        <translation>&amp;Wall of 1, 4 or 9 cameras</translation>
    </message>
    <message>
        <source>Video wall</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <source>Vi&amp;deo</source>
        <translation>Vi&amp;deo</translation>
    </message>
    <message>
        <source>Select an incident that has a place on the map first.</source>
        <translation>Select an incident that has a place on the map first.</translation>
    </message>
    <message>
        <source>No camera within %1 m of incident %2.</source>
        <translation>No camera within %1 m of incident %2.</translation>
    </message>
    <message>
        <source>&amp;Units on the map</source>
        <translation>&amp;Units on the map</translation>
    </message>
    <message>
        <source>%1. Incidents and calls taken at other desks do not reach this desk, and its own do not reach them, until the connection is back.</source>
        <translation>%1. Incidents and calls taken at other desks do not reach this desk, and its own do not reach them, until the connection is back.</translation>
    </message>
    <message>
        <source>&amp;Hand off the selected incident…</source>
        <translation>&amp;Hand off the selected incident…</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>Select an incident in the list first, then Ctrl+H hands it off.</source>
        <translation>Select an incident in the list first, then Ctrl+H hands it off.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) not acknowledged in time</source>
        <translation>
            <numerusform>%n handoff not acknowledged in time</numerusform>
            <numerusform>%n handoffs not acknowledged in time</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the incident: its panel shows which agency has not answered. Call the agency, or hand the incident to another one (Ctrl+H).</source>
        <translation>Select the incident: its panel shows which agency has not answered. Call the agency, or hand the incident to another one (Ctrl+H).</translation>
    </message>
    <message>
        <source>Show the &amp;handoffs</source>
        <translation>Show the &amp;handoffs</translation>
    </message>
    <message>
        <source>Hand&amp;offs</source>
        <translation>Hand&amp;offs</translation>
    </message>
    <message>
        <source>Show the &amp;response times</source>
        <translation>Show the &amp;response times</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Response times</translation>
    </message>
    <message>
        <source>&amp;Response times</source>
        <translation>&amp;Response times</translation>
    </message>
    <message>
        <source>Sigap 112 — liaison desk of %1 — room %2</source>
        <translation>Sigap 112 — liaison desk of %1 — room %2</translation>
    </message>
    <message>
        <source>&amp;Play the incident&apos;s recording, or pause</source>
        <translation>&amp;Play the incident&apos;s recording, or pause</translation>
    </message>
    <message>
        <source>&amp;Stop the recording</source>
        <translation>&amp;Stop the recording</translation>
    </message>
    <message>
        <source>The selected incident has no recorded call.</source>
        <translation>The selected incident has no recorded call.</translation>
    </message>
    <message>
        <source>Select an incident in the list first.</source>
        <translation>Select an incident in the list first.</translation>
    </message>
    <message>
        <source>Search &amp;history…</source>
        <translation>Search &amp;history…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) left out of the desk&apos;s own configuration files; the first: %1</source>
        <translation>
            <numerusform>%n entry left out of the desk&apos;s own configuration files; the first: %1</numerusform>
            <numerusform>%n entries left out of the desk&apos;s own configuration files; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The room&apos;s configuration %1 (%2), published by %3, is in force.</source>
        <translation>The room&apos;s configuration %1 (%2), published by %3, is in force.</translation>
    </message>
    <message>
        <source>Camera %1 needs the credentials &quot;%2&quot;, which this desk&apos;s store (%3) does not hold.</source>
        <translation>Camera %1 needs the credentials &quot;%2&quot;, which this desk&apos;s store (%3) does not hold.</translation>
    </message>
</context>
<context>
    <name>Sigap::MapView</name>
    <message>
        <source>City map</source>
        <translation>City map</translation>
    </message>
    <message>
        <source>Click the incident&apos;s place (or move with the arrows and press Enter).</source>
        <translation>Click the incident&apos;s place (or move with the arrows and press Enter).</translation>
    </message>
    <message>
        <source>%1 · %2 · position %3 s old</source>
        <translation>%1 · %2 · position %3 s old</translation>
    </message>
    <message>
        <source>Camera %1 (%2): click to watch</source>
        <translation>Camera %1 (%2): click to watch</translation>
    </message>
    <message>
        <source>Incident %1: %2, %3</source>
        <translation>Incident %1: %2, %3</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>on scene</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>off duty</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>out of service</translation>
    </message>
</context>
<context>
    <name>Sigap::MbTilesSource</name>
    <message>
        <source>%1: no such MBTiles file</source>
        <translation>%1: no such MBTiles file</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not an MBTiles file (no metadata table)</source>
        <translation>%1: not an MBTiles file (no metadata table)</translation>
    </message>
    <message>
        <source>%1: not an MBTiles file (no tiles table)</source>
        <translation>%1: not an MBTiles file (no tiles table)</translation>
    </message>
</context>
<context>
    <name>Sigap::Node</name>
    <message>
        <source>%1: another Sigap desk or node is already using this data folder</source>
        <translation>%1: another Sigap desk or node is already using this data folder</translation>
    </message>
    <message>
        <source>the room&apos;s configuration %1, published by %2, is not in force here: %3</source>
        <translation>the room&apos;s configuration %1, published by %2, is not in force here: %3</translation>
    </message>
    <message>
        <source>the event names no configuration hash</source>
        <translation>the event names no configuration hash</translation>
    </message>
    <message>
        <source>%1: cannot put the configuration in place</source>
        <translation>%1: cannot put the configuration in place</translation>
    </message>
    <message>
        <source>its files hash to %1, not to the %2 it was published as</source>
        <translation>its files hash to %1, not to the %2 it was published as</translation>
    </message>
</context>
<context>
    <name>Sigap::OperatorCommands</name>
    <message>
        <source>a PIN has %1 to %2 characters</source>
        <translation>a PIN has %1 to %2 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator id (1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>&quot;%1&quot; is not an operator id (1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</translation>
    </message>
    <message>
        <source>operator %1 needs a name</source>
        <translation>operator %1 needs a name</translation>
    </message>
    <message>
        <source>operator %1 needs at least one role</source>
        <translation>operator %1 needs at least one role</translation>
    </message>
    <message>
        <source>a liaison needs the agency it works for</source>
        <translation>a liaison needs the agency it works for</translation>
    </message>
    <message>
        <source>there is no agency &quot;%1&quot;</source>
        <translation>there is no agency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a liaison works for an agency</source>
        <translation>only a liaison works for an agency</translation>
    </message>
    <message>
        <source>there is no operator &quot;%1&quot;</source>
        <translation>there is no operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>operator %1 may no longer sign in</source>
        <translation>operator %1 may no longer sign in</translation>
    </message>
    <message>
        <source>operator %1 has no PIN yet; an administrator sets one</source>
        <translation>operator %1 has no PIN yet; an administrator sets one</translation>
    </message>
    <message>
        <source>operator %1 is locked out after %2 wrong PINs, until %3 or until a shift lead unlocks</source>
        <translation>operator %1 is locked out after %2 wrong PINs, until %3 or until a shift lead unlocks</translation>
    </message>
    <message>
        <source>wrong PIN; operator %1 is now locked out for %2 minutes</source>
        <translation>wrong PIN; operator %1 is now locked out for %2 minutes</translation>
    </message>
    <message numerus="yes">
        <source>wrong PIN; %n more attempt(s) before operator %1 is locked out</source>
        <translation>
            <numerusform>wrong PIN; %n more attempt before operator %1 is locked out</numerusform>
            <numerusform>wrong PIN; %n more attempts before operator %1 is locked out</numerusform>
        </translation>
    </message>
    <message>
        <source>the PIN of operator %1 could not be hashed</source>
        <translation>the PIN of operator %1 could not be hashed</translation>
    </message>
    <message>
        <source>%1 may not change operator %2: this room has an administrator, and only an administrator may register operators or set PINs (an operator may set their own PIN, a shift lead may unlock)</source>
        <translation>%1 may not change operator %2: this room has an administrator, and only an administrator may register operators or set PINs (an operator may set their own PIN, a shift lead may unlock)</translation>
    </message>
    <message>
        <source>the PIN of operator %1 can only be checked on a desk that has the room key</source>
        <translation>the PIN of operator %1 can only be checked on a desk that has the room key</translation>
    </message>
</context>
<context>
    <name>Sigap::OperatorMenu</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Open the incident &amp;given to you</source>
        <translation>Open the incident &amp;given to you</translation>
    </message>
    <message>
        <source>Shift lead &amp;board</source>
        <translation>Shift lead &amp;board</translation>
    </message>
    <message>
        <source>No one signed in (Ctrl+Shift+I)</source>
        <translation>No one signed in (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Shift lead %1 gave you incident %2 (%3). Ctrl+Shift+A opens it.</source>
        <translation>Shift lead %1 gave you incident %2 (%3). Ctrl+Shift+A opens it.</translation>
    </message>
    <message>
        <source>Sign in at this desk</source>
        <translation>Sign in at this desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Sigap::OsmAndReceiver</name>
    <message>
        <source>--avl-listen %1: expected an IP address and a port, e.g. 0.0.0.0:5055</source>
        <translation>--avl-listen %1: expected an IP address and a port, e.g. 0.0.0.0:5055</translation>
    </message>
    <message>
        <source>--avl-listen %1: %2</source>
        <translation>--avl-listen %1: %2</translation>
    </message>
    <message>
        <source>the JSON body has no location.coords</source>
        <translation>the JSON body has no location.coords</translation>
    </message>
    <message>
        <source>no device id (id=)</source>
        <translation>no device id (id=)</translation>
    </message>
    <message>
        <source>lat &quot;%1&quot; is not a latitude</source>
        <translation>lat &quot;%1&quot; is not a latitude</translation>
    </message>
    <message>
        <source>lon &quot;%1&quot; is not a longitude</source>
        <translation>lon &quot;%1&quot; is not a longitude</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a time</source>
        <translation>timestamp &quot;%1&quot; is not a time</translation>
    </message>
    <message>
        <source>unit %1 is not in the room&apos;s unit roster</source>
        <translation>unit %1 is not in the room&apos;s unit roster</translation>
    </message>
    <message>
        <source>unit %1 did not give its device secret</source>
        <translation>unit %1 did not give its device secret</translation>
    </message>
    <message>
        <source>AVL device secrets</source>
        <translation>AVL device secrets</translation>
    </message>
    <message>
        <source>AVL device secrets %1, line %2: expected unit-id=secret, a secret of %3 characters at least</source>
        <translation>AVL device secrets %1, line %2: expected unit-id=secret, a secret of %3 characters at least</translation>
    </message>
</context>
<context>
    <name>Sigap::PeerSession</name>
    <message>
        <source>the peer closed the connection</source>
        <translation>the peer closed the connection</translation>
    </message>
    <message>
        <source>no word from the peer for %1 s</source>
        <translation>no word from the peer for %1 s</translation>
    </message>
    <message>
        <source>malformed frame: %1</source>
        <translation>malformed frame: %1</translation>
    </message>
    <message>
        <source>refused %1 events from desk %2: %3</source>
        <translation>refused %1 events from desk %2: %3</translation>
    </message>
    <message>
        <source>the peer closed the session: %1</source>
        <translation>the peer closed the session: %1</translation>
    </message>
    <message>
        <source>expected a hello, received a &quot;%1&quot; frame</source>
        <translation>expected a hello, received a &quot;%1&quot; frame</translation>
    </message>
    <message>
        <source>a second hello in one session</source>
        <translation>a second hello in one session</translation>
    </message>
    <message>
        <source>the peer speaks sync protocol %1, this desk speaks %2</source>
        <translation>the peer speaks sync protocol %1, this desk speaks %2</translation>
    </message>
    <message>
        <source>the peer is desk %1 of room %2, this is room %3</source>
        <translation>the peer is desk %1 of room %2, this is room %3</translation>
    </message>
    <message>
        <source>this address is this desk itself</source>
        <translation>this address is this desk itself</translation>
    </message>
    <message>
        <source>asking again for the events that waited for this desk&apos;s clock</source>
        <translation>asking again for the events that waited for this desk&apos;s clock</translation>
    </message>
    <message>
        <source>events of desk %1 are stamped more than %2 min ahead of this desk&apos;s clock; they wait until the clock catches up (is that desk&apos;s clock right?)</source>
        <translation>events of desk %1 are stamped more than %2 min ahead of this desk&apos;s clock; they wait until the clock catches up (is that desk&apos;s clock right?)</translation>
    </message>
    <message>
        <source>refused events %1 to %2 of desk %3 from desk %4: %5</source>
        <translation>refused events %1 to %2 of desk %3 from desk %4: %5</translation>
    </message>
</context>
<context>
    <name>Sigap::PrivateData</name>
    <message>
        <source>%1: cannot create the data folder</source>
        <translation>%1: cannot create the data folder</translation>
    </message>
    <message>
        <source>%1: cannot make the data folder private to its owner</source>
        <translation>%1: cannot make the data folder private to its owner</translation>
    </message>
    <message>
        <source>%1: cannot make it private to its owner</source>
        <translation>%1: cannot make it private to its owner</translation>
    </message>
</context>
<context>
    <name>Sigap::PrivateFile</name>
    <message>
        <source>%1 %2: cannot read (%3)</source>
        <translation>%1 %2: cannot read (%3)</translation>
    </message>
    <message>
        <source>%1 %2: others may read it; make it private with chmod 600</source>
        <translation>%1 %2: others may read it; make it private with chmod 600</translation>
    </message>
</context>
<context>
    <name>Sigap::ProjectionFold</name>
    <message>
        <source>the log must be folded again before a snapshot is written</source>
        <translation>the log must be folded again before a snapshot is written</translation>
    </message>
</context>
<context>
    <name>Sigap::RecordingPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>The recording cannot be played: %1</translation>
    </message>
    <message>
        <source>The recording was removed under the room&apos;s retention settings.</source>
        <translation>The recording was removed under the room&apos;s retention settings.</translation>
    </message>
    <message>
        <source>The recording is kept on desk %1; play it there.</source>
        <translation>The recording is kept on desk %1; play it there.</translation>
    </message>
    <message>
        <source>The recording cannot be read: %1</source>
        <translation>The recording cannot be read: %1</translation>
    </message>
    <message>
        <source>The recording %1 was changed after the call: its checksum no longer matches. It is not played; tell the shift lead.</source>
        <translation>The recording %1 was changed after the call: its checksum no longer matches. It is not played; tell the shift lead.</translation>
    </message>
    <message>
        <source>▶ %1 · %2 · Ctrl+P pauses, Ctrl+Shift+P stops</source>
        <translation>▶ %1 · %2 · Ctrl+P pauses, Ctrl+Shift+P stops</translation>
    </message>
    <message>
        <source>❚❚ %1 · %2 · Ctrl+P plays on, Ctrl+Shift+P stops</source>
        <translation>❚❚ %1 · %2 · Ctrl+P plays on, Ctrl+Shift+P stops</translation>
    </message>
    <message>
        <source>■ %1 · played to the end · Ctrl+P plays it again</source>
        <translation>■ %1 · played to the end · Ctrl+P plays it again</translation>
    </message>
</context>
<context>
    <name>Sigap::RecordingRetention</name>
    <message>
        <source>recordings_days: %1 is not a number of days from 0 (for ever) to %2</source>
        <translation>recordings_days: %1 is not a number of days from 0 (for ever) to %2</translation>
    </message>
    <message>
        <source>%1: cannot delete: %2</source>
        <translation>%1: cannot delete: %2</translation>
    </message>
    <message>
        <source>%1: not deleted, it is not a recording in %2</source>
        <translation>%1: not deleted, it is not a recording in %2</translation>
    </message>
    <message>
        <source>%1: not deleted, it is not the file that was recorded (its checksum differs)</source>
        <translation>%1: not deleted, it is not the file that was recorded (its checksum differs)</translation>
    </message>
</context>
<context>
    <name>Sigap::ReportCsv</name>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>The folder %1 for the CSV files does not exist</source>
        <translation>The folder %1 for the CSV files does not exist</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ReportDocument</name>
    <message>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>%1 (%2 – %3 %4)</source>
        <extracomment>A month report&apos;s period: month and year, then the exact span</extracomment>
        <translation>%1 (%2 – %3 %4)</translation>
    </message>
    <message>
        <source>Not classified (abandoned or ringing)</source>
        <translation>Not classified (abandoned or ringing)</translation>
    </message>
    <message>
        <source>Calls by outcome</source>
        <translation>Calls by outcome</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Still open at the end</source>
        <translation>Still open at the end</translation>
    </message>
    <message>
        <source>Closed or cancelled</source>
        <translation>Closed or cancelled</translation>
    </message>
    <message>
        <source>Call answered to on scene per agency</source>
        <translation>Call answered to on scene per agency</translation>
    </message>
    <message>
        <source>minutes (m:ss)</source>
        <translation>minutes (m:ss)</translation>
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
        <translation>Calls per day</translation>
    </message>
    <message>
        <source>day of the month</source>
        <translation>day of the month</translation>
    </message>
    <message>
        <source>Prank and ghost calls</source>
        <translation>Prank and ghost calls</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Other calls</translation>
    </message>
    <message>
        <source>Command room</source>
        <extracomment>The command room&apos;s name in the report&apos;s title block</extracomment>
        <translation>Command room</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Regional head · Kominfo</source>
        <translation>Regional head · Kominfo</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Calls offered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned while ringing</source>
        <translation>Abandoned while ringing</translation>
    </message>
    <message>
        <source>Answered within %1 s (target %2 %)</source>
        <translation>Answered within %1 s (target %2 %)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 of %2 · %3</translation>
    </message>
    <message>
        <source>Time to answer p50 · p90 (m:ss)</source>
        <translation>Time to answer p50 · p90 (m:ss)</translation>
    </message>
    <message>
        <source>Prank calls</source>
        <translation>Prank calls</translation>
    </message>
    <message>
        <source>%1 · %2 of calls</source>
        <translation>%1 · %2 of calls</translation>
    </message>
    <message>
        <source>Ghost (silent) calls</source>
        <translation>Ghost (silent) calls</translation>
    </message>
    <message>
        <source>Incidents created</source>
        <translation>Incidents created</translation>
    </message>
    <message>
        <source>Incidents open at the end</source>
        <translation>Incidents open at the end</translation>
    </message>
    <message>
        <source>%1 (%2 of them created in this period)</source>
        <translation>%1 (%2 of them created in this period)</translation>
    </message>
    <message>
        <source>Incidents open at the end of the shift</source>
        <translation>Incidents open at the end of the shift</translation>
    </message>
    <message>
        <source>None: every incident is closed or cancelled.</source>
        <translation>None: every incident is closed or cancelled.</translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>Column heads of the open incidents; &quot;Age&quot; is hours and minutes (h:mm)</extracomment>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
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
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Short column heads of the response-time tables, explained in the line above them</extracomment>
        <translation>Handoffs</translation>
    </message>
    <message>
        <source>Age: hours and minutes (h:mm) at the end of the shift.</source>
        <translation>Age: hours and minutes (h:mm) at the end of the shift.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Status at the end of the period.</source>
        <translation>Status at the end of the period.</translation>
    </message>
    <message>
        <source>Response times per agency</source>
        <translation>Response times per agency</translation>
    </message>
    <message>
        <source>From the call being answered to the agency on scene, over the handoffs sent in the period; p50 and p90 in minutes and seconds (m:ss).</source>
        <translation>From the call being answered to the agency on scene, over the handoffs sent in the period; p50 and p90 in minutes and seconds (m:ss).</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>per category</translation>
    </message>
    <message>
        <source>Ack.: handoff sent to acknowledged. On scene: call answered to the agency on scene. Within target: on scene within the target of the incident&apos;s category, of those on scene.</source>
        <translation>Ack.: handoff sent to acknowledged. On scene: call answered to the agency on scene. Within target: on scene within the target of the incident&apos;s category, of those on scene.</translation>
    </message>
    <message>
        <source>Ack. p50</source>
        <translation>Ack. p50</translation>
    </message>
    <message>
        <source>On scene p50</source>
        <translation>On scene p50</translation>
    </message>
    <message>
        <source>On scene p90</source>
        <translation>On scene p90</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Per agency and category</source>
        <translation>Per agency and category</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Prank</source>
        <translation>Prank</translation>
    </message>
    <message>
        <source>Ghost</source>
        <translation>Ghost</translation>
    </message>
    <message>
        <source>Prank and ghost share</source>
        <translation>Prank and ghost share</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Cannot write %1: the PDF could not be started</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished</source>
        <translation>Cannot write %1: the PDF could not be finished</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>The kota or kabupaten the room serves, in the report&apos;s title block</extracomment>
        <translation>Area</translation>
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
        <translation>agency liaison</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>shift lead</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
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
        <translation>--room %1 does not match the room key %2 (room %3)</translation>
    </message>
    <message>
        <source>%1 is the key of the live room %2: a training desk joins a training room only (sigapctl room init --training)</source>
        <translation>%1 is the key of the live room %2: a training desk joins a training room only (sigapctl room init --training)</translation>
    </message>
    <message>
        <source>a standing clock (--clock-at) is for tests and training rooms, not the live room %1</source>
        <translation>a standing clock (--clock-at) is for tests and training rooms, not the live room %1</translation>
    </message>
    <message>
        <source>a training desk takes no live feeds (--eido-listen, --avl-listen, --traccar-url)</source>
        <translation>a training desk takes no live feeds (--eido-listen, --avl-listen, --traccar-url)</translation>
    </message>
    <message>
        <source>%1 holds a live desk&apos;s store: a training desk keeps its own (give it another --data)</source>
        <translation>%1 holds a live desk&apos;s store: a training desk keeps its own (give it another --data)</translation>
    </message>
    <message>
        <source>%1 holds a training room&apos;s store: start it as a training desk (--training or a training room key)</source>
        <translation>%1 holds a training room&apos;s store: start it as a training desk (--training or a training room key)</translation>
    </message>
    <message>
        <source>%1: cannot write the training marker</source>
        <translation>%1: cannot write the training marker</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomConfiguration</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: not a folder</translation>
    </message>
    <message>
        <source>%1: missing: a room configuration needs its city folder (city/city.json)</source>
        <translation>%1: missing: a room configuration needs its city folder (city/city.json)</translation>
    </message>
    <message>
        <source>%1: field &quot;timezone&quot;: &quot;%2&quot; is not a time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura)</source>
        <translation>%1: field &quot;timezone&quot;: &quot;%2&quot; is not a time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura)</translation>
    </message>
    <message>
        <source>Call Center 112 %1</source>
        <translation>Call Center 112 %1</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: not valid JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: format: not a Sigap room file (format sigap-room, version 1)</source>
        <translation>%1:1: format: not a Sigap room file (format sigap-room, version 1)</translation>
    </message>
    <message>
        <source>%1:1: name: must be the room&apos;s name, not empty</source>
        <translation>%1:1: name: must be the room&apos;s name, not empty</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomSecret</name>
    <message>
        <source>%1 already exists; a room secret is never overwritten</source>
        <translation>%1 already exists; a room secret is never overwritten</translation>
    </message>
    <message>
        <source>%1: cannot create (%2)</source>
        <translation>%1: cannot create (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <source>room key %1, line %2: expected room=, mode= or key=</source>
        <translation>room key %1, line %2: expected room=, mode= or key=</translation>
    </message>
    <message>
        <source>room key %1, line %2: mode is live or training</source>
        <translation>room key %1, line %2: mode is live or training</translation>
    </message>
    <message>
        <source>room key %1, line %2: the key must be %3 hexadecimal digits</source>
        <translation>room key %1, line %2: the key must be %3 hexadecimal digits</translation>
    </message>
    <message>
        <source>room key %1: no valid room= line</source>
        <translation>room key %1: no valid room= line</translation>
    </message>
    <message>
        <source>room key %1: the mode= or key= line is missing</source>
        <translation>room key %1: the mode= or key= line is missing</translation>
    </message>
    <message>
        <source>it does not present itself as a Sigap desk (&quot;%1&quot;)</source>
        <translation>it does not present itself as a Sigap desk (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>desk %1 is a training desk (room %2) and this is a live room</source>
        <translation>desk %1 is a training desk (room %2) and this is a live room</translation>
    </message>
    <message>
        <source>desk %1 is a live desk (room %2) and this is a training room</source>
        <translation>desk %1 is a live desk (room %2) and this is a training room</translation>
    </message>
    <message>
        <source>desk %1 belongs to room %2, this is room %3</source>
        <translation>desk %1 belongs to room %2, this is room %3</translation>
    </message>
    <message>
        <source>room key</source>
        <translation>room key</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomStatus</name>
    <message>
        <source>LAN sync off</source>
        <translation>LAN sync off</translation>
    </message>
    <message>
        <source>This desk does not sync with other desks (started without --room-key).</source>
        <translation>This desk does not sync with other desks (started without --room-key).</translation>
    </message>
    <message>
        <source>%1: not connected since %2 (%3)</source>
        <translation>%1: not connected since %2 (%3)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>NOT CONNECTED: no other desk of room %1 found</source>
        <translation>NOT CONNECTED: no other desk of room %1 found</translation>
    </message>
    <message>
        <source>NOT CONNECTED to the room&apos;s other desks; last contact %1</source>
        <translation>NOT CONNECTED to the room&apos;s other desks; last contact %1</translation>
    </message>
    <message>
        <source>LAN: %1 of %2 desks connected</source>
        <translation>LAN: %1 of %2 desks connected</translation>
    </message>
    <message numerus="yes">
        <source>LAN: %n desk(s) connected, in sync</source>
        <translation>
            <numerusform>LAN: %n desk connected, in sync</numerusform>
            <numerusform>LAN: %n desks connected, in sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LAN: %n desk(s) connected, %1 events to send</source>
        <translation>
            <numerusform>LAN: %n desk connected, %1 events to send</numerusform>
            <numerusform>LAN: %n desks connected, %1 events to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Room %1, this desk listens on %2</source>
        <translation>Room %1, this desk listens on %2</translation>
    </message>
    <message>
        <source>presence unknown</source>
        <translation>presence unknown</translation>
    </message>
    <message>
        <source>%1 (%2): connected, %3 events behind, round trip %4 ms</source>
        <translation>%1 (%2): connected, %3 events behind, round trip %4 ms</translation>
    </message>
    <message>
        <source>desk %1 QUARANTINED (forked log): tell the shift lead</source>
        <translation>desk %1 QUARANTINED (forked log): tell the shift lead</translation>
    </message>
    <message>
        <source>Quarantined for a forked log (sigapctl peers shows the hashes): %1</source>
        <translation>Quarantined for a forked log (sigapctl peers shows the hashes): %1</translation>
    </message>
</context>
<context>
    <name>Sigap::RoomSync</name>
    <message>
        <source>the desk is shutting down</source>
        <translation>the desk is shutting down</translation>
    </message>
    <message>
        <source>TLS is not available (OpenSSL could not be loaded)</source>
        <translation>TLS is not available (OpenSSL could not be loaded)</translation>
    </message>
    <message>
        <source>the room key %1 is for room %2, this store is room %3</source>
        <translation>the room key %1 is for room %2, this store is room %3</translation>
    </message>
    <message>
        <source>--listen %1: expected an IP address and a port, e.g. 0.0.0.0:7112</source>
        <translation>--listen %1: expected an IP address and a port, e.g. 0.0.0.0:7112</translation>
    </message>
    <message>
        <source>a desk at %1 failed the handshake: %2 (does it hold this room&apos;s key?)</source>
        <translation>a desk at %1 failed the handshake: %2 (does it hold this room&apos;s key?)</translation>
    </message>
    <message>
        <source>--listen %1: %2</source>
        <translation>--listen %1: %2</translation>
    </message>
    <message>
        <source>--peer %1: expected an address and a port, e.g. 10.0.0.12:7112</source>
        <translation>--peer %1: expected an address and a port, e.g. 10.0.0.12:7112</translation>
    </message>
    <message>
        <source>multicast group %1: expected a multicast address and a port, e.g. 239.255.112.112:41112</source>
        <translation>multicast group %1: expected a multicast address and a port, e.g. 239.255.112.112:41112</translation>
    </message>
    <message>
        <source>announcing this desk needs --listen; add it, or --no-multicast</source>
        <translation>announcing this desk needs --listen; add it, or --no-multicast</translation>
    </message>
    <message>
        <source>multicast discovery on %1 is off: %2</source>
        <translation>multicast discovery on %1 is off: %2</translation>
    </message>
    <message>
        <source>%1:%2 refused: %3</source>
        <translation>%1:%2 refused: %3</translation>
    </message>
    <message>
        <source>%1:%2 refused the handshake: %3 (does this desk hold the room&apos;s key?)</source>
        <translation>%1:%2 refused the handshake: %3 (does this desk hold the room&apos;s key?)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>refused a desk at %1: %2</source>
        <translation>refused a desk at %1: %2</translation>
    </message>
    <message>
        <source>a session with this desk is already open</source>
        <translation>a session with this desk is already open</translation>
    </message>
</context>
<context>
    <name>Sigap::Scenario</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a Sigap scenario (field &quot;format&quot; is not &quot;sigap-scenario&quot;)</source>
        <translation>%1: not a Sigap scenario (field &quot;format&quot; is not &quot;sigap-scenario&quot;)</translation>
    </message>
    <message>
        <source>%1: field &quot;version&quot; is missing or not a whole number</source>
        <translation>%1: field &quot;version&quot; is missing or not a whole number</translation>
    </message>
    <message>
        <source>%1: scenario version %2 is newer than this program reads (1 to %3); update Sigap to play it</source>
        <translation>%1: scenario version %2 is newer than this program reads (1 to %3); update Sigap to play it</translation>
    </message>
    <message>
        <source>%1: field &quot;calls&quot; is not a list</source>
        <translation>%1: field &quot;calls&quot; is not a list</translation>
    </message>
    <message>
        <source>%1: calls[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: calls[%2]: field &quot;%3&quot; is missing or wrong</translation>
    </message>
    <message>
        <source>%1: calls[%2]: field &quot;expect.duplicate_of&quot;: &quot;%3&quot; is not an earlier call expected to report an incident</source>
        <translation>%1: calls[%2]: field &quot;expect.duplicate_of&quot;: &quot;%3&quot; is not an earlier call expected to report an incident</translation>
    </message>
    <message>
        <source>%1: units[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: units[%2]: field &quot;%3&quot; is missing or wrong</translation>
    </message>
    <message>
        <source>%1: agency_responses[%2]: field &quot;%3&quot; is missing or wrong</source>
        <translation>%1: agency_responses[%2]: field &quot;%3&quot; is missing or wrong</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::ScenarioCallSource</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>call %1 is not in conversation</source>
        <translation>call %1 is not in conversation</translation>
    </message>
    <message>
        <source>call %1 is not on hold</source>
        <translation>call %1 is not on hold</translation>
    </message>
</context>
<context>
    <name>Sigap::ScenarioPlayer</name>
    <message>
        <source>call %1 from %2</source>
        <translation>call %1 from %2</translation>
    </message>
    <message>
        <source>unit %1 moves</source>
        <translation>unit %1 moves</translation>
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
        <translation>a room has 1 to %1 shifts, not %2</translation>
    </message>
    <message>
        <source>%1 minutes is not a time of day</source>
        <translation>%1 minutes is not a time of day</translation>
    </message>
    <message>
        <source>the shift from %1 is shorter than an hour, or the times are not in order</source>
        <translation>the shift from %1 is shorter than an hour, or the times are not in order</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day as HH:MM</source>
        <translation>&quot;%1&quot; is not a time of day as HH:MM</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No operator can sign here. An administrator registers operators with sigapctl operator add.</source>
        <translation>No operator can sign here. An administrator registers operators with sigapctl operator add.</translation>
    </message>
</context>
<context>
    <name>Sigap::SipCallSource</name>
    <message>
        <source>record_dir: cannot create the folder %1</source>
        <translation>record_dir: cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>local_port: cannot listen on %1 port %2</source>
        <translation>local_port: cannot listen on %1 port %2</translation>
    </message>
    <message>
        <source>the SIP stack did not start</source>
        <translation>the SIP stack did not start</translation>
    </message>
    <message>
        <source>identity: &quot;%1&quot; is not a SIP address</source>
        <translation>identity: &quot;%1&quot; is not a SIP address</translation>
    </message>
    <message>
        <source>registrar: &quot;%1&quot; is not a SIP address</source>
        <translation>registrar: &quot;%1&quot; is not a SIP address</translation>
    </message>
    <message>
        <source>identity, registrar: liblinphone refused the account %1 at %2</source>
        <translation>identity, registrar: liblinphone refused the account %1 at %2</translation>
    </message>
    <message>
        <source>call %1 is not in conversation</source>
        <translation>call %1 is not in conversation</translation>
    </message>
    <message>
        <source>call %1 is not on hold</source>
        <translation>call %1 is not on hold</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or SIP address</source>
        <translation>&quot;%1&quot; is not a number or SIP address</translation>
    </message>
    <message>
        <source>the transfer of call %1 was refused</source>
        <translation>the transfer of call %1 was refused</translation>
    </message>
    <message>
        <source>cannot call %1 back</source>
        <translation>cannot call %1 back</translation>
    </message>
    <message>
        <source>liblinphone&apos;s grammars are missing (%1): install linphone-common</source>
        <translation>liblinphone&apos;s grammars are missing (%1): install linphone-common</translation>
    </message>
</context>
<context>
    <name>Sigap::SipConfig</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not a Sigap SIP configuration of version 1 (format, version)</source>
        <translation>%1: not a Sigap SIP configuration of version 1 (format, version)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>a SIP address like sip:room@pbx.example is needed</source>
        <translation>a SIP address like sip:room@pbx.example is needed</translation>
    </message>
    <message>
        <source>a SIP URI like sip:pbx.example:5060 is needed</source>
        <translation>a SIP URI like sip:pbx.example:5060 is needed</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>a password needs the user name it belongs to</source>
        <translation>a password needs the user name it belongs to</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not udp, tcp or tls</source>
        <translation>&quot;%1&quot; is not udp, tcp or tls</translation>
    </message>
    <message>
        <source>a port number from 0 (any) to 65535 is needed</source>
        <translation>a port number from 0 (any) to 65535 is needed</translation>
    </message>
    <message>
        <source>a number of seconds from 10 to 86400 is needed</source>
        <translation>a number of seconds from 10 to 86400 is needed</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::SyncCommandLine</name>
    <message>
        <source>The room&apos;s secret (made by sigapctl room init); turns on LAN sync.</source>
        <translation>The room&apos;s secret (made by sigapctl room init); turns on LAN sync.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Address for LAN sync with the other desks (port 0: any free port).</source>
        <translation>Address for LAN sync with the other desks (port 0: any free port).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>A peer desk to sync with (repeatable).</source>
        <translation>A peer desk to sync with (repeatable).</translation>
    </message>
    <message>
        <source>Do not announce or discover desks by multicast.</source>
        <translation>Do not announce or discover desks by multicast.</translation>
    </message>
    <message>
        <source>Multicast group for discovery (default %1).</source>
        <translation>Multicast group for discovery (default %1).</translation>
    </message>
    <message>
        <source>GROUP:PORT</source>
        <translation>GROUP:PORT</translation>
    </message>
    <message>
        <source>LAN sync needs the room&apos;s secret: add --room-key FILE</source>
        <translation>LAN sync needs the room&apos;s secret: add --room-key FILE</translation>
    </message>
    <message>
        <source>--room-key needs --listen ADDR:PORT or --peer ADDR:PORT</source>
        <translation>--room-key needs --listen ADDR:PORT or --peer ADDR:PORT</translation>
    </message>
    <message>
        <source>Minutes a peer&apos;s events may be stamped ahead of this desk&apos;s clock before they wait, 1 to 60 (default %1).</source>
        <translation>Minutes a peer&apos;s events may be stamped ahead of this desk&apos;s clock before they wait, 1 to 60 (default %1).</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>--max-clock-ahead: &quot;%1&quot; is not a number of minutes from 1 to 60</source>
        <translation>--max-clock-ahead: &quot;%1&quot; is not a number of minutes from 1 to 60</translation>
    </message>
</context>
<context>
    <name>Sigap::SyncMessages</name>
    <message>
        <source>the &quot;%1&quot; frame has no valid &quot;%2&quot;</source>
        <translation>the &quot;%1&quot; frame has no valid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>event %1 of an &quot;events&quot; frame: %2</source>
        <translation>event %1 of an &quot;events&quot; frame: %2</translation>
    </message>
</context>
<context>
    <name>Sigap::TraccarCommandLine</name>
    <message>
        <source>Poll unit positions from this Traccar server&apos;s REST API.</source>
        <translation>Poll unit positions from this Traccar server&apos;s REST API.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the Traccar server.</source>
        <translation>User name on the Traccar server.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>File holding the Traccar user&apos;s password (its first line).</source>
        <translation>File holding the Traccar user&apos;s password (its first line).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seconds between two polls of Traccar, 2 to 3600 (default 10).</source>
        <translation>Seconds between two polls of Traccar, 2 to 3600 (default 10).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>the Traccar options need the server: add --traccar-url URL</source>
        <translation>the Traccar options need the server: add --traccar-url URL</translation>
    </message>
    <message>
        <source>--traccar-url %1: expected an http:// or https:// address, e.g. http://10.0.0.5:8082</source>
        <translation>--traccar-url %1: expected an http:// or https:// address, e.g. http://10.0.0.5:8082</translation>
    </message>
    <message>
        <source>--traccar-url needs --traccar-user NAME and --traccar-password-file FILE</source>
        <translation>--traccar-url needs --traccar-user NAME and --traccar-password-file FILE</translation>
    </message>
    <message>
        <source>--traccar-password-file %1: cannot read: %2</source>
        <translation>--traccar-password-file %1: cannot read: %2</translation>
    </message>
    <message>
        <source>--traccar-password-file %1: the first line is empty</source>
        <translation>--traccar-password-file %1: the first line is empty</translation>
    </message>
    <message>
        <source>--traccar-interval: &quot;%1&quot; is not a number of seconds from 2 to 3600</source>
        <translation>--traccar-interval: &quot;%1&quot; is not a number of seconds from 2 to 3600</translation>
    </message>
    <message>
        <source>Accept a plain http:// Traccar address (the password then crosses the network unencrypted).</source>
        <translation>Accept a plain http:// Traccar address (the password then crosses the network unencrypted).</translation>
    </message>
    <message>
        <source>--traccar-url %1: plain http sends the Traccar password unencrypted; use https://, or add --traccar-allow-http where the link to the server is private</source>
        <translation>--traccar-url %1: plain http sends the Traccar password unencrypted; use https://, or add --traccar-allow-http where the link to the server is private</translation>
    </message>
    <message>
        <source>Traccar password file</source>
        <translation>Traccar password file</translation>
    </message>
</context>
<context>
    <name>Sigap::TraccarPoller</name>
    <message>
        <source>Traccar %1: HTTP %2, the server refused user &quot;%3&quot; (wrong user or password?)</source>
        <translation>Traccar %1: HTTP %2, the server refused user &quot;%3&quot; (wrong user or password?)</translation>
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
        <translation>the device list is not a JSON array</translation>
    </message>
    <message>
        <source>the position list is not a JSON array</source>
        <translation>the position list is not a JSON array</translation>
    </message>
</context>
<context>
    <name>Sigap::TrainerConsole</name>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Trainer&apos;s console</source>
        <translation>Trainer&apos;s console</translation>
    </message>
    <message>
        <source>Save results as PDF…</source>
        <translation>Save results as PDF…</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed %1× (key %1)</source>
        <translation>Speed %1× (key %1)</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Save results as PDF</source>
        <translation>Save results as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Results not saved</translation>
    </message>
    <message>
        <source>Scenario not loaded</source>
        <translation>Scenario not loaded</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Sigap scenarios (*.json)</source>
        <translation>Sigap scenarios (*.json)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Scenario time %1</source>
        <translation>Scenario time %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>running at %1×</source>
        <translation>running at %1×</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Training results</source>
        <translation>Training results</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation>%1: the PDF could not be written</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Hand off</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>Sigap::TrainingScore</name>
    <message>
        <source>Training results: %1</source>
        <translation>Training results: %1</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Missed duplicates</source>
        <translation>Missed duplicates</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>Mean answer</translation>
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
        <translation>Transfer the caller</translation>
    </message>
    <message>
        <source>Put the caller %1 through to:</source>
        <translation>Put the caller %1 through to:</translation>
    </message>
    <message>
        <source>Type part of the agency&apos;s name or number</source>
        <translation>Type part of the agency&apos;s name or number</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Agency numbers</source>
        <translation>Agency numbers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The room&apos;s agency list has no phone numbers.</source>
        <translation>The room&apos;s agency list has no phone numbers.</translation>
    </message>
    <message>
        <source>Transfer (Enter)</source>
        <translation>Transfer (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitChoiceDialog</name>
    <message>
        <source>Dispatch a unit</source>
        <translation>Dispatch a unit</translation>
    </message>
    <message>
        <source>Nearest available units, measured from the kelurahan (the incident has no place on the map); the time is an estimate by road:</source>
        <translation>Nearest available units, measured from the kelurahan (the incident has no place on the map); the time is an estimate by road:</translation>
    </message>
    <message>
        <source>Nearest available units; the time is an estimate by road:</source>
        <translation>Nearest available units; the time is an estimate by road:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 km, about %4 min</source>
        <translation>%1 (%2) — %3 km, about %4 min</translation>
    </message>
    <message>
        <source>Dispatch (Enter)</source>
        <translation>Dispatch (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitCommands</name>
    <message>
        <source>no unit with id &quot;%1&quot; in the room&apos;s unit roster</source>
        <translation>no unit with id &quot;%1&quot; in the room&apos;s unit roster</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: expected one of %2</source>
        <translation>status &quot;%1&quot;: expected one of %2</translation>
    </message>
    <message>
        <source>unit %1: dispatched needs the incident and the agency (--incident ID --agency ID)</source>
        <translation>unit %1: dispatched needs the incident and the agency (--incident ID --agency ID)</translation>
    </message>
    <message>
        <source>unit %1: only dispatched names an incident and an agency, not %2</source>
        <translation>unit %1: only dispatched names an incident and an agency, not %2</translation>
    </message>
    <message>
        <source>no incident with id &quot;%1&quot;</source>
        <translation>no incident with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no agency with id &quot;%1&quot; in the room&apos;s agency directory</source>
        <translation>no agency with id &quot;%1&quot; in the room&apos;s agency directory</translation>
    </message>
    <message>
        <source>unit %1 (%2) belongs to %3, not to %4</source>
        <translation>unit %1 (%2) belongs to %3, not to %4</translation>
    </message>
    <message>
        <source>incident %1 has no open handoff to %2; hand it to the agency first</source>
        <translation>incident %1 has no open handoff to %2; hand it to the agency first</translation>
    </message>
    <message>
        <source>unit %1 (%2) is %3 and cannot be dispatched now</source>
        <translation>unit %1 (%2) is %3 and cannot be dispatched now</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitRoster</name>
    <message>
        <source>unit roster</source>
        <translation>unit roster</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1:%2: unit %3: %4: missing or wrong; the unit is left out</source>
        <translation>%1:%2: unit %3: %4: missing or wrong; the unit is left out</translation>
    </message>
</context>
<context>
    <name>Sigap::UnitStatuses</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
</context>
<context>
    <name>Sigap::VideoProcess</name>
    <message>
        <source>the stream cannot be opened</source>
        <translation>the stream cannot be opened</translation>
    </message>
    <message>
        <source>the stream ended</source>
        <translation>the stream ended</translation>
    </message>
    <message>
        <source>the player failed</source>
        <translation>the player failed</translation>
    </message>
    <message>
        <source>the video program %1 cannot be started</source>
        <translation>the video program %1 cannot be started</translation>
    </message>
    <message>
        <source>the video process crashed (signal %1)</source>
        <translation>the video process crashed (signal %1)</translation>
    </message>
    <message>
        <source>the video process ended (exit code %1)</source>
        <translation>the video process ended (exit code %1)</translation>
    </message>
    <message>
        <source>the video process sent something that is not a picture</source>
        <translation>the video process sent something that is not a picture</translation>
    </message>
</context>
<context>
    <name>SigapDesk</name>
    <message>
        <source>Sigap 112 desk: the operator workstation of a Call Center 112 room.</source>
        <translation>Sigap 112 desk: the operator workstation of a Call Center 112 room.</translation>
    </message>
    <message>
        <source>Data folder of this desk.</source>
        <translation>Data folder of this desk.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start on the demo city (a new data folder gets a demo shift).</source>
        <translation>Start on the demo city (a new data folder gets a demo shift).</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Language: id (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save a picture of the screen once the window is up, then quit.</source>
        <translation>Save a picture of the screen once the window is up, then quit.</translation>
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
        <translation>Sigap 112 cannot start</translation>
    </message>
    <message>
        <source>sigap: cannot save the screenshot to %1</source>
        <translation>sigap: cannot save the screenshot to %1</translation>
    </message>
    <message>
        <source>Demo: calls per hour in the live call stream, 1 to 3600 (default 90, one every 40 s).</source>
        <translation>Demo: calls per hour in the live call stream, 1 to 3600 (default 90, one every 40 s).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Take the calls from this scenario file instead (training, demo).</source>
        <translation>Take the calls from this scenario file instead (training, demo).</translation>
    </message>
    <message>
        <source>sigap: --call-rate: &quot;%1&quot; is not a number of calls per hour from 1 to 3600</source>
        <translation>sigap: --call-rate: &quot;%1&quot; is not a number of calls per hour from 1 to 3600</translation>
    </message>
    <message>
        <source>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</source>
        <translation>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>This desk is the room&apos;s liaison desk of this agency (its id in the agency directory).</source>
        <translation>This desk is the room&apos;s liaison desk of this agency (its id in the agency directory).</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>AGENCY</translation>
    </message>
    <message>
        <source>sigap: --agency: &quot;%1&quot; is not in the room&apos;s agency directory (%2)</source>
        <translation>sigap: --agency: &quot;%1&quot; is not in the room&apos;s agency directory (%2)</translation>
    </message>
    <message>
        <source>Take the room&apos;s calls over SIP with this desk&apos;s account (sip.json, see docs/admin/sip.md).</source>
        <translation>Take the room&apos;s calls over SIP with this desk&apos;s account (sip.json, see docs/admin/sip.md).</translation>
    </message>
    <message>
        <source>sigap: --sip and --scenario: calls come from one of them</source>
        <translation>sigap: --sip and --scenario: calls come from one of them</translation>
    </message>
    <message>
        <source>sigap: --sip: %1</source>
        <translation>sigap: --sip: %1</translation>
    </message>
    <message>
        <source>sigap: --sip: this build has no SIP (built without liblinphone)</source>
        <translation>sigap: --sip: this build has no SIP (built without liblinphone)</translation>
    </message>
    <message>
        <source>A training desk: in a training room only (a training room key, or none), its calls from the scenario (--scenario FILE, else the first bundled one) on the trainer&apos;s clock, the trainer&apos;s console beside it, and LATIHAN / TRAINING on every window.</source>
        <translation>A training desk: in a training room only (a training room key, or none), its calls from the scenario (--scenario FILE, else the first bundled one) on the trainer&apos;s clock, the trainer&apos;s console beside it, and LATIHAN / TRAINING on every window.</translation>
    </message>
    <message>
        <source>sigap: --sip and --training: a training desk takes only the scenario&apos;s calls</source>
        <translation>sigap: --sip and --training: a training desk takes only the scenario&apos;s calls</translation>
    </message>
    <message>
        <source>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</source>
        <translation>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>CONFIGDIR</translation>
    </message>
</context>
<context>
    <name>SigapNode</name>
    <message>
        <source>Sigap 112 node: the desk&apos;s core without a window.</source>
        <translation>Sigap 112 node: the desk&apos;s core without a window.</translation>
    </message>
    <message>
        <source>Data folder of this node.</source>
        <translation>Data folder of this node.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Room id; a store of another room is refused.</source>
        <translation>Room id; a store of another room is refused.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fill a new store with a demo shift of Banjarmasin.</source>
        <translation>Fill a new store with a demo shift of Banjarmasin.</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Language: id (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>sigap-node: --data DIR is required</source>
        <translation>sigap-node: --data DIR is required</translation>
    </message>
    <message>
        <source>sigap-node: %1</source>
        <translation>sigap-node: %1</translation>
    </message>
    <message>
        <source>sigap-node: room %1, desk %2, %3 events, %4 incidents; data in %5</source>
        <translation>sigap-node: room %1, desk %2, %3 events, %4 incidents; data in %5</translation>
    </message>
    <message>
        <source>sigap-node: LAN sync of %1 room %2, listening on %3</source>
        <translation>sigap-node: LAN sync of %1 room %2, listening on %3</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>(nothing; dialling peers only)</source>
        <translation>(nothing; dialling peers only)</translation>
    </message>
    <message>
        <source>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</source>
        <translation>Accept unit positions in the OsmAnd protocol (Traccar Client) here.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>sigap-node: EIDO status updates from agencies on https://%1%2</source>
        <translation>sigap-node: EIDO status updates from agencies on https://%1%2</translation>
    </message>
    <message>
        <source>Run on a clock that stands at MS (milliseconds since 1970, UTC) and moves only when &apos;sigapctl clock set&apos; says so: for tests and rehearsals, never for a live room.</source>
        <translation>Run on a clock that stands at MS (milliseconds since 1970, UTC) and moves only when &apos;sigapctl clock set&apos; says so: for tests and rehearsals, never for a live room.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>sigap-node: --clock-at takes milliseconds since 1970, not &quot;%1&quot;</source>
        <translation>sigap-node: --clock-at takes milliseconds since 1970, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sigap-node: the clock stands at %1 and moves only by &apos;sigapctl clock set&apos;</source>
        <translation>sigap-node: the clock stands at %1 and moves only by &apos;sigapctl clock set&apos;</translation>
    </message>
    <message>
        <source>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</source>
        <translation>The room configuration folder: city, categories, agencies, units, cameras (see the admin docs).</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>CONFIGDIR</translation>
    </message>
</context>
<context>
    <name>SigapVideo</name>
    <message>
        <source>Sigap 112 video process: plays one camera stream for a tile of the desk. Started by the desk, which sends it the stream on standard input.</source>
        <translation>Sigap 112 video process: plays one camera stream for a tile of the desk. Started by the desk, which sends it the stream on standard input.</translation>
    </message>
</context>
<context>
    <name>Sigapctl</name>
    <message>
        <source>  address: %1</source>
        <translation>  address: %1</translation>
    </message>
    <message>
        <source>  position: %1, %2</source>
        <translation>  position: %1, %2</translation>
    </message>
    <message>
        <source>  note %1 %2: %3</source>
        <translation>  note %1 %2: %3</translation>
    </message>
    <message>
        <source>  call: %1</source>
        <translation>  call: %1</translation>
    </message>
    <message>
        <source>  conflict: %1 -&gt; %2 refused (event %3 by %4)</source>
        <translation>  conflict: %1 -&gt; %2 refused (event %3 by %4)</translation>
    </message>
    <message>
        <source>Data folder of the desk or node.</source>
        <translation>Data folder of the desk or node.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Incident category code.</source>
        <translation>Incident category code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Kelurahan code (Kemendagri).</source>
        <translation>Kelurahan code (Kemendagri).</translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Latitude.</source>
        <translation>Latitude.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Longitude.</source>
        <translation>Longitude.</translation>
    </message>
    <message>
        <source>Caller&apos;s phone number.</source>
        <translation>Caller&apos;s phone number.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>First note.</source>
        <translation>First note.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Address text.</source>
        <translation>Address text.</translation>
    </message>
    <message>
        <source>Priority, 1 (highest) to 4.</source>
        <translation>Priority, 1 (highest) to 4.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Language: id (default) or en.</source>
        <translation>Language: id (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>The command and its arguments.</translation>
    </message>
    <message>
        <source>sigapctl: %1 (see sigapctl --help)</source>
        <translation>sigapctl: %1 (see sigapctl --help)</translation>
    </message>
    <message>
        <source>--data DIR is required</source>
        <translation>--data DIR is required</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>unknown command or wrong arguments: %1</source>
        <translation>unknown command or wrong arguments: %1</translation>
    </message>
    <message>
        <source>sigapctl: %1</source>
        <translation>sigapctl: %1</translation>
    </message>
    <message>
        <source>room %1, desk %2, %3 events, %4 incidents (%5 open), data %6</source>
        <translation>room %1, desk %2, %3 events, %4 incidents (%5 open), data %6</translation>
    </message>
    <message>
        <source>exported %1 events to %2</source>
        <translation>exported %1 events to %2</translation>
    </message>
    <message>
        <source>imported %1 new events (%2 already present)</source>
        <translation>imported %1 new events (%2 already present)</translation>
    </message>
    <message>
        <source>room %1, desk %2: LAN sync is off (no --room-key)</source>
        <translation>room %1, desk %2: LAN sync is off (no --room-key)</translation>
    </message>
    <message>
        <source>room %1, desk %2, listening on %3</source>
        <translation>room %1, desk %2, listening on %3</translation>
    </message>
    <message>
        <source>no peers yet</source>
        <translation>no peers yet</translation>
    </message>
    <message>
        <source>lag %1 events / %2 ms, behind %3, rtt %4 ms</source>
        <translation>lag %1 events / %2 ms, behind %3, rtt %4 ms</translation>
    </message>
    <message>
        <source>last contact %1; %2</source>
        <translation>last contact %1; %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>problem %1 (%2×): %3</source>
        <translation>problem %1 (%2×): %3</translation>
    </message>
    <message>
        <source>sigapctl: room init needs --room ID (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 64)</source>
        <translation>sigapctl: room init needs --room ID (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, up to 64)</translation>
    </message>
    <message>
        <source>sigapctl: room init needs --out FILE</source>
        <translation>sigapctl: room init needs --out FILE</translation>
    </message>
    <message>
        <source>wrote the secret of %1 room %2 to %3; copy it to every desk of the room</source>
        <translation>wrote the secret of %1 room %2 to %3; copy it to every desk of the room</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Room id (room init).</source>
        <translation>Room id (room init).</translation>
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
        <translation>The new room is a training room (room init).</translation>
    </message>
    <message>
        <source>  OVERDUE: not acknowledged</source>
        <translation>  OVERDUE: not acknowledged</translation>
    </message>
    <message>
        <source>Handoff channel: desk, eido or phone.</source>
        <translation>Handoff channel: desk, eido or phone.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>Who took a phone handoff at the agency.</source>
        <translation>Who took a phone handoff at the agency.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The agency operator acting (handoff).</source>
        <translation>The agency operator acting (handoff).</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>OPERATOR</translation>
    </message>
    <message>
        <source>Why (a rejected handoff).</source>
        <translation>Why (a rejected handoff).</translation>
    </message>
    <message>
        <source>%1 s ago%2</source>
        <translation>%1 s ago%2</translation>
    </message>
    <message>
        <source>, STALE</source>
        <translation>, STALE</translation>
    </message>
    <message>
        <source>response times %1 to %2 (p50 / p90 in minutes)</source>
        <translation>response times %1 to %2 (p50 / p90 in minutes)</translation>
    </message>
    <message>
        <source>%1  %2  %3 handoffs  sent %4  ack %5  dispatched %6  on scene %7  answered to on scene %8  within %9 min: %10 %</source>
        <translation>%1  %2  %3 handoffs  sent %4  ack %5  dispatched %6  on scene %7  answered to on scene %8  within %9 min: %10 %</translation>
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
        <translation>no position</translation>
    </message>
    <message>
        <source>  incident %1</source>
        <translation>  incident %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n conflict(s)</source>
        <translation>
            <numerusform>  %n conflict</numerusform>
            <numerusform>  %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest available units of %1 for incident %2 (straight line x %3 at %4 km/h):</source>
        <translation>nearest available units of %1 for incident %2 (straight line x %3 at %4 km/h):</translation>
    </message>
    <message>
        <source>no unit of the agency is available with a fresh position</source>
        <translation>no unit of the agency is available with a fresh position</translation>
    </message>
    <message>
        <source>%1 km, about %2 min</source>
        <translation>%1 km, about %2 min</translation>
    </message>
    <message>
        <source>The incident a unit is dispatched to (unit status).</source>
        <translation>The incident a unit is dispatched to (unit status).</translation>
    </message>
    <message>
        <source>The agency whose handoff a unit serves (unit status).</source>
        <translation>The agency whose handoff a unit serves (unit status).</translation>
    </message>
    <message>
        <source>How many units to recommend (default 3).</source>
        <translation>How many units to recommend (default 3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>calls: %1 offered, %2 answered (p50 %3 s, p90 %4 s), %5 abandoned, %6 ringing; answered within %7 s: %8 % (target %9 %)</source>
        <translation>calls: %1 offered, %2 answered (p50 %3 s, p90 %4 s), %5 abandoned, %6 ringing; answered within %7 s: %8 % (target %9 %)</translation>
    </message>
    <message>
        <source>position: %1, %2</source>
        <translation>position: %1, %2</translation>
    </message>
    <message>
        <source> ± %1 m</source>
        <translation> ± %1 m</translation>
    </message>
    <message>
        <source> (radius unknown)</source>
        <translation> (radius unknown)</translation>
    </message>
    <message>
        <source>position: none</source>
        <translation>position: none</translation>
    </message>
    <message>
        <source>positioned: %1</source>
        <translation>positioned: %1</translation>
    </message>
    <message>
        <source>confidence: %1 %</source>
        <translation>confidence: %1 %</translation>
    </message>
    <message>
        <source>method: %1 (%2)</source>
        <translation>method: %1 (%2)</translation>
    </message>
    <message>
        <source>length: %1</source>
        <translation>length: %1</translation>
    </message>
    <message>
        <source>ignored fields: %1</source>
        <translation>ignored fields: %1</translation>
    </message>
    <message>
        <source>sigapctl: AML refused: %1</source>
        <translation>sigapctl: AML refused: %1</translation>
    </message>
    <message>
        <source>recorded as %1; no call from this number in the last 30 minutes (a call in the next minute still gets it)</source>
        <translation>recorded as %1; no call from this number in the last 30 minutes (a call in the next minute still gets it)</translation>
    </message>
    <message>
        <source>recorded as %1 for call %2</source>
        <translation>recorded as %1 for call %2</translation>
    </message>
    <message>
        <source>Days every desk keeps its call recordings, 0 for ever (retention).</source>
        <translation>Days every desk keeps its call recordings, 0 for ever (retention).</translation>
    </message>
    <message>
        <source>Delete this desk&apos;s expired recordings now (retention).</source>
        <translation>Delete this desk&apos;s expired recordings now (retention).</translation>
    </message>
    <message>
        <source>call recordings are kept for ever</source>
        <translation>call recordings are kept for ever</translation>
    </message>
    <message numerus="yes">
        <source>call recordings are kept %n day(s)</source>
        <translation>
            <numerusform>call recordings are kept %n day</numerusform>
            <numerusform>call recordings are kept %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n recording(s) removed here</source>
        <translation>
            <numerusform>; %n recording removed here</numerusform>
            <numerusform>; %n recordings removed here</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 does not go with &quot;%2&quot;</source>
        <translation>--%1 does not go with &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  agency %1</source>
        <translation>  agency %1</translation>
    </message>
    <message>
        <source>  NO PIN</source>
        <translation>  NO PIN</translation>
    </message>
    <message>
        <source>  LOCKED OUT until %1</source>
        <translation>  LOCKED OUT until %1</translation>
    </message>
    <message>
        <source>  signed in at %1</source>
        <translation>  signed in at %1</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>The operator&apos;s name (operator add).</source>
        <translation>The operator&apos;s name (operator add).</translation>
    </message>
    <message>
        <source>A role of the operator (operator add).</source>
        <translation>A role of the operator (operator add).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Read the operator&apos;s PIN from standard input (operator add).</source>
        <translation>Read the operator&apos;s PIN from standard input (operator add).</translation>
    </message>
    <message>
        <source>no one is signed in here</source>
        <translation>no one is signed in here</translation>
    </message>
    <message>
        <source>%1 is signed in here</source>
        <translation>%1 is signed in here</translation>
    </message>
    <message>
        <source>%1 given to you by %2</source>
        <translation>%1 given to you by %2</translation>
    </message>
    <message>
        <source>%1  %2, overdue by %3 s</source>
        <translation>%1  %2, overdue by %3 s</translation>
    </message>
    <message numerus="yes">
        <source>%1  by %2, %3, %n open incident(s)</source>
        <translation>
            <numerusform>%1  by %2, %3, %n open incident</numerusform>
            <numerusform>%1  by %2, %3, %n open incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>not countersigned</source>
        <translation>not countersigned</translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation>countersigned by %1</translation>
    </message>
    <message>
        <source>The times of day the room&apos;s shifts begin (shifts).</source>
        <translation>The times of day the room&apos;s shifts begin (shifts).</translation>
    </message>
    <message>
        <source>HH:MM,...</source>
        <translation>HH:MM,...</translation>
    </message>
    <message>
        <source>shifts begin at %1; the current one runs from %2 to %3</source>
        <translation>shifts begin at %1; the current one runs from %2 to %3</translation>
    </message>
    <message>
        <source>Start of the period (kpi, scenario export).</source>
        <translation>Start of the period (kpi, scenario export).</translation>
    </message>
    <message>
        <source>End of the period (kpi, scenario export).</source>
        <translation>End of the period (kpi, scenario export).</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation>
            <numerusform>%n call written to %1</numerusform>
            <numerusform>%n calls written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>every desk of the room: who is signed in, on a call, idle...</source>
        <translation>every desk of the room: who is signed in, on a call, idle...</translation>
    </message>
    <message>
        <source>shift lead: the incident goes to that operator</source>
        <translation>shift lead: the incident goes to that operator</translation>
    </message>
    <message>
        <source>shift lead: the incident goes to the lead signed in here</source>
        <translation>shift lead: the incident goes to the lead signed in here</translation>
    </message>
    <message>
        <source>incidents a shift lead gave to the operator signed in here</source>
        <translation>incidents a shift lead gave to the operator signed in here</translation>
    </message>
    <message>
        <source>unacknowledged handoffs, calls waiting over 20 s, incidents over their target</source>
        <translation>unacknowledged handoffs, calls waiting over 20 s, incidents over their target</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>shift lead</translation>
    </message>
    <message>
        <source>outgoing shift lead</source>
        <translation>outgoing shift lead</translation>
    </message>
    <message>
        <source>the incoming shift lead countersigns with their PIN, read from standard input, and is signed in here</source>
        <translation>the incoming shift lead countersigns with their PIN, read from standard input, and is signed in here</translation>
    </message>
    <message>
        <source>roles: operator, liaison, shift_lead, trainer, admin, the option once per role; a liaison names its agency; the PIN is read from standard input</source>
        <translation>roles: operator, liaison, shift_lead, trainer, admin, the option once per role; a liaison names its agency; the PIN is read from standard input</translation>
    </message>
    <message>
        <source>a new PIN, read from standard input</source>
        <translation>a new PIN, read from standard input</translation>
    </message>
    <message>
        <source>lifts a lockout after wrong PINs</source>
        <translation>lifts a lockout after wrong PINs</translation>
    </message>
    <message>
        <source>at this desk or node; the PIN is read from standard input</source>
        <translation>at this desk or node; the PIN is read from standard input</translation>
    </message>
    <message>
        <source>a new room&apos;s key (no running desk needed)</source>
        <translation>a new room&apos;s key (no running desk needed)</translation>
    </message>
    <message>
        <source>response and answer times (default: the current shift)</source>
        <translation>response and answer times (default: the current shift)</translation>
    </message>
    <message>
        <source>the room&apos;s shifts; default 07:00,15:00,23:00</source>
        <translation>the room&apos;s shifts; default 07:00,15:00,23:00</translation>
    </message>
    <message>
        <source>only a node started with --clock-at</source>
        <translation>only a node started with --clock-at</translation>
    </message>
    <message>
        <source>the fields of an AML SMS (no running desk needed; quote TEXT)</source>
        <translation>the fields of an AML SMS (no running desk needed; quote TEXT)</translation>
    </message>
    <message>
        <source>an AML SMS from NUMBER: recorded and matched to its call</source>
        <translation>an AML SMS from NUMBER: recorded and matched to its call</translation>
    </message>
    <message>
        <source>the room&apos;s retention of call recordings: N days, 0 for ever; --sweep deletes this desk&apos;s expired ones now</source>
        <translation>the room&apos;s retention of call recordings: N days, 0 for ever; --sweep deletes this desk&apos;s expired ones now</translation>
    </message>
    <message>
        <source>the calls of a period, default the current shift, anonymised into a training scenario</source>
        <translation>the calls of a period, default the current shift, anonymised into a training scenario</translation>
    </message>
    <message>
        <source>available, dispatched, en_route, on_scene, out_of_service; dispatched names the incident and agency</source>
        <translation>available, dispatched, en_route, on_scene, out_of_service; dispatched names the incident and agency</translation>
    </message>
    <message>
        <source>dispatch a unit to the agency&apos;s handoff</source>
        <translation>dispatch a unit to the agency&apos;s handoff</translation>
    </message>
    <message>
        <source>nearest available units</source>
        <translation>nearest available units</translation>
    </message>
    <message>
        <source>Command-line client of a running Sigap 112 desk or node.</source>
        <translation>Command-line client of a running Sigap 112 desk or node.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused or failed, 2 wrong usage, 3 no desk or node running.</source>
        <translation>Exit codes: 0 done, 1 refused or failed, 2 wrong usage, 3 no desk or node running.</translation>
    </message>
    <message>
        <source>%1 needs %2 (quote an argument that has spaces)</source>
        <translation>%1 needs %2 (quote an argument that has spaces)</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a number</source>
        <translation>%1 %2: &quot;%3&quot; is not a number</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 needs %2</translation>
    </message>
    <message>
        <source>channel: desk, eido or phone</source>
        <translation>channel: desk, eido or phone</translation>
    </message>
    <message>
        <source>state, who and when of each step, EIDO delivery, units</source>
        <translation>state, who and when of each step, EIDO delivery, units</translation>
    </message>
    <message>
        <source>prints the new id once it is on disk</source>
        <translation>prints the new id once it is on disk</translation>
    </message>
    <message>
        <source>new, in_progress, handed_off, closed, cancelled</source>
        <translation>new, in_progress, handed_off, closed, cancelled</translation>
    </message>
    <message>
        <source>the room sync: peers, connection state, lag in events and ms, problems</source>
        <translation>the room sync: peers, connection state, lag in events and ms, problems</translation>
    </message>
    <message>
        <source>the hash of the folded state, equal on desks that have converged</source>
        <translation>the hash of the folded state, equal on desks that have converged</translation>
    </message>
    <message>
        <source>the whole log, portable, chains included (not into DIR)</source>
        <translation>the whole log, portable, chains included (not into DIR)</translation>
    </message>
    <message>
        <source>all or nothing, idempotent; names the first bad record</source>
        <translation>all or nothing, idempotent; names the first bad record</translation>
    </message>
    <message>
        <source>roster units: agency, call sign, type, status, position, age</source>
        <translation>roster units: agency, call sign, type, status, position, age</translation>
    </message>
    <message>
        <source>  PIN TOO SHORT: set one of at least %1 characters</source>
        <translation>  PIN TOO SHORT: set one of at least %1 characters</translation>
    </message>
    <message>
        <source>%1  %2 of %3 by %4: refused, no authority</source>
        <translation>%1  %2 of %3 by %4: refused, no authority</translation>
    </message>
    <message>
        <source>desk %1 key %2%3</source>
        <translation>desk %1 key %2%3</translation>
    </message>
    <message>
        <source>  QUARANTINED (fork)</source>
        <translation>  QUARANTINED (fork)</translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation>  refused: %1</translation>
    </message>
    <message>
        <source>checks every hash chain and signature; names forged, unsigned and forked events</source>
        <translation>checks every hash chain and signature; names forged, unsigned and forked events</translation>
    </message>
    <message>
        <source>ok: %1 events, every hash chain intact, %2 signatures good</source>
        <translation>ok: %1 events, every hash chain intact, %2 signatures good</translation>
    </message>
    <message>
        <source>operator changes, lead actions and room settings in the log that took no effect: their author lacked the authority</source>
        <translation>operator changes, lead actions and room settings in the log that took no effect: their author lacked the authority</translation>
    </message>
    <message>
        <source>nothing refused</source>
        <translation>nothing refused</translation>
    </message>
    <message>
        <source>configuration %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <source>, published by %1 at %2</source>
        <translation>, published by %1 at %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3), %4, time zone %5</source>
        <translation>%1 (%2 %3), %4, time zone %5</translation>
    </message>
    <message>
        <source>%1 villages (%2 desa, %3 kelurahan) in %4 kecamatan; %5 categories, %6 agencies, %7 units, %8 cameras</source>
        <translation>%1 villages (%2 desa, %3 kelurahan) in %4 kecamatan; %5 categories, %6 agencies, %7 units, %8 cameras</translation>
    </message>
    <message>
        <source>in force: %1</source>
        <translation>in force: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n problem(s):</source>
        <translation>
            <numerusform>%1: not valid, %n problem:</numerusform>
            <numerusform>%1: not valid, %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>CONFIGDIR</source>
        <translation>CONFIGDIR</translation>
    </message>
    <message>
        <source>check a room configuration folder, every problem named (no running desk needed)</source>
        <translation>check a room configuration folder, every problem named (no running desk needed)</translation>
    </message>
    <message>
        <source>the room configuration this desk runs: hash, city, counts, what is in force</source>
        <translation>the room configuration this desk runs: hash, city, counts, what is in force</translation>
    </message>
    <message>
        <source>the room&apos;s cameras (no addresses, no credentials)</source>
        <translation>the room&apos;s cameras (no addresses, no credentials)</translation>
    </message>
    <message>
        <source>the room&apos;s agencies: id, name, kind, channel, numbers</source>
        <translation>the room&apos;s agencies: id, name, kind, channel, numbers</translation>
    </message>
    <message>
        <source>the desa or kelurahan at a point, with its kecamatan</source>
        <translation>the desa or kelurahan at a point, with its kecamatan</translation>
    </message>
    <message>
        <source>administrator: this configuration for every desk of the room, checked whole first</source>
        <translation>administrator: this configuration for every desk of the room, checked whole first</translation>
    </message>
    <message>
        <source>published configuration %1 from %2 to the room (%3 bytes packed)</source>
        <translation>published configuration %1 from %2 to the room (%3 bytes packed)</translation>
    </message>
    <message>
        <source>File or folder to write (room init, city import).</source>
        <translation>File or folder to write (room init, city import).</translation>
    </message>
    <message>
        <source>Kemendagri code of the kota or kabupaten, 63.03 (city import).</source>
        <translation>Kemendagri code of the kota or kabupaten, 63.03 (city import).</translation>
    </message>
    <message>
        <source>%1: %2 desa and %3 kelurahan in %4 kecamatan written to %5 (%6 villages of other regencies left out); fill in its SOURCES.md</source>
        <translation>%1: %2 desa and %3 kelurahan in %4 kecamatan written to %5 (%6 villages of other regencies left out); fill in its SOURCES.md</translation>
    </message>
    <message>
        <source>VILLAGES.geojson</source>
        <translation>VILLAGES.geojson</translation>
    </message>
    <message>
        <source>a city folder from a GeoJSON of village polygons, checked (no running desk needed)</source>
        <translation>a city folder from a GeoJSON of village polygons, checked (no running desk needed)</translation>
    </message>
</context>
</TS>

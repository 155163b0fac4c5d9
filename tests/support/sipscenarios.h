#pragma once

// sipp scenarios more than one SIP test places, and the INVITE every caller scenario opens with.

#include <QByteArray>
#include <QString>

namespace SigapTest {

// A caller's sipp scenario: an INVITE from sip user `user` ([call_number] may be part of it)
// with From tag [pid]`tag`, offering G.711 A-law (PCMA) and sent again every 500 ms until
// answered, then `rest`: what the caller does next, in sipp's XML.
inline QByteArray callerScenario(const char *name, const char *user, const char *tag, const char *rest)
{
    const QString invite = QStringLiteral(R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="%1">
  <send retrans="500"><![CDATA[
INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:%2@[local_ip]:[local_port]>;tag=[pid]%3
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:%2@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=caller 1 1 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[local_ip_type] [local_ip]
t=0 0
m=audio [auto_media_port] RTP/AVP 8
a=rtpmap:8 PCMA/8000
]]></send>
)");
    return invite.arg(QLatin1String(name), QLatin1String(user), QLatin1String(tag)).toLatin1() + rest + "</scenario>\n";
}

// A caller who gives up after 3 s of ringing: CANCEL, the 487 and its ACK.
inline const QByteArray callerGivesUp
    = callerScenario("caller gives up", "0819000000[call_number]", "gone[call_number]", R"(  <recv response="100"/>
  <pause milliseconds="3000"/>
  <send><![CDATA[
CANCEL sip:[service]@[remote_ip]:[remote_port] SIP/2.0
[last_Via:]
From: <sip:0819000000[call_number]@[local_ip]:[local_port]>;tag=[pid]gone[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 CANCEL
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv response="200"/>
  <recv response="487"/>
  <send><![CDATA[
ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
[last_Via:]
From: <sip:0819000000[call_number]@[local_ip]:[local_port]>;tag=[pid]gone[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
)");

} // namespace SigapTest

// Prints X-Twilio-Signature test vectors computed by Twilio's official helper library (npm `twilio`).
// Usage (in a temp dir, not part of the build): npm install twilio@6.2.0 && node twilio-vectors.mjs
// The values are pasted into TwilioVectors.cs; the tests never run this script.
import twilio from "twilio";

const token = "7c1f2b3a4d5e6f708192a3b4c5d6e7f8";
const sms = {
  ToCountry: "US", ToState: "CA", SmsMessageSid: "SM0123456789abcdef0123456789abcdef", NumMedia: "0",
  ToCity: "", FromZip: "", SmsSid: "SM0123456789abcdef0123456789abcdef", FromState: "NY", SmsStatus: "received",
  FromCity: "", Body: "Héllo 👋 <b>refund</b> & more", FromCountry: "US", To: "+14155550100",
  MessagingServiceSid: "", ToZip: "", NumSegments: "1", MessageSid: "SM0123456789abcdef0123456789abcdef",
  AccountSid: "AC00000000000000000000000000000000", From: "+12125550123", ApiVersion: "2010-04-01",
};
const mms = {
  MessageSid: "MM0123456789abcdef0123456789abcdef", AccountSid: "AC00000000000000000000000000000000",
  From: "+447700900123", To: "+14155550100", Body: "", NumMedia: "2",
  MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM0123456789abcdef0123456789abcdef/Media/ME00000000000000000000000000000001",
  MediaContentType0: "image/jpeg",
  MediaUrl1: "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM0123456789abcdef0123456789abcdef/Media/ME00000000000000000000000000000002",
  MediaContentType1: "application/pdf",
};
const status = {
  MessageSid: "SMfedcba9876543210fedcba9876543210", MessageStatus: "delivered", SmsSid: "SMfedcba9876543210fedcba9876543210",
  SmsStatus: "delivered", AccountSid: "AC00000000000000000000000000000000", From: "+14155550100", To: "+12125550123",
  ApiVersion: "2010-04-01",
};
const sign = (url, params) => twilio.getExpectedTwilioSignature(token, url, params);
const out = {
  published: twilio.getExpectedTwilioSignature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2",
    { CallSid: "CA1234567890ABCDE", Caller: "+12349013030", Digits: "1234", From: "+12349013030", To: "+18005551212" }),
  sms: sign("https://router.example.com/webhooks/twilio/sms", sms),
  smsWith443: sign("https://router.example.com:443/webhooks/twilio/sms", sms),
  smsHttpWith80: sign("http://router.example.com:80/webhooks/twilio/sms", sms),
  smsWithQuery: sign("https://router.example.com/webhooks/twilio/sms?site=eu&x=1", sms),
  smsFallback: sign("https://router.example.com/webhooks/twilio/sms/fallback", sms),
  mms: sign("https://router.example.com/webhooks/twilio/sms", mms),
  status: sign("https://router.example.com/webhooks/twilio/sms/status", status),
  validatesWith443: twilio.validateRequest(token, sign("https://router.example.com:443/webhooks/twilio/sms", sms), "https://router.example.com/webhooks/twilio/sms", sms),
};
console.log(JSON.stringify(out, null, 2));

namespace Router.Channels.Sms;

/// <summary>What a whole-message keyword asks for (Twilio's standard opt-out, opt-in and help keywords).</summary>
internal enum SmsKeyword
{
    /// <summary>An ordinary message.</summary>
    None,

    /// <summary>STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT: send this number nothing more.</summary>
    OptOut,

    /// <summary>START, YES, UNSTOP: this number may be messaged again.</summary>
    OptIn,

    /// <summary>HELP, INFO: answer with the help text.</summary>
    Help,
}

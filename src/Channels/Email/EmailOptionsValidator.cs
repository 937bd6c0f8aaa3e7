using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email;

/// <summary>Checks that span fields of <see cref="EmailOptions"/>, and the mailboxes' own annotations, naming each problem.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var mailbox = options.Mailboxes[i];
            var at = $"Router:Email:Mailboxes:{i}";
            errors.AddRange(Annotations(mailbox, at));
            if (!names.Add(mailbox.Name))
            {
                errors.Add($"{at}:Name '{mailbox.Name}' is used by another mailbox.");
            }

            errors.AddRange(MailboxErrors(mailbox, at));
            if (options.Acknowledgement.Enabled && mailbox.From is null && options.Smtp.From is null)
            {
                errors.Add($"{at}:From is needed for acknowledgements (or set Router:Email:Smtp:From).");
            }
        }

        errors.AddRange(Annotations(options.Smtp, "Router:Email:Smtp"));
        errors.AddRange(Annotations(options.Acknowledgement, "Router:Email:Acknowledgement"));
        if (options.Acknowledgement.Enabled && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            errors.Add("Router:Email:Acknowledgement:Enabled needs Router:Email:Smtp:Host.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> MailboxErrors(MailboxOptions mailbox, string at)
    {
        if (mailbox.Channel is not (ChannelKind.Email or ChannelKind.Fax))
        {
            yield return $"{at}:Channel must be email or fax.";
        }

        if (string.IsNullOrEmpty(mailbox.Password) && string.IsNullOrEmpty(mailbox.PasswordFile))
        {
            yield return $"{at}: set Password (e.g. Router__Email__Mailboxes__N__Password) or PasswordFile.";
        }

        if (mailbox.WatchedFolders.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{at}:Folders has an empty name.";
        }

        if (string.IsNullOrWhiteSpace(mailbox.QuarantineFolder))
        {
            yield return $"{at}:QuarantineFolder is empty.";
        }

        if (mailbox.AfterIntake == AfterIntake.Move && string.IsNullOrWhiteSpace(mailbox.ProcessedFolder))
        {
            yield return $"{at}:ProcessedFolder is empty (needed with AfterIntake Move).";
        }

        foreach (var folder in mailbox.WatchedFolders)
        {
            // Moving processed mail into the folder being watched would ingest it again and again.
            if (Same(folder, mailbox.QuarantineFolder) || (mailbox.AfterIntake == AfterIntake.Move && Same(folder, mailbox.ProcessedFolder)))
            {
                yield return $"{at}:Folders must not include its ProcessedFolder or QuarantineFolder ('{folder}').";
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Annotations(object target, string at)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        return results.Select(r => $"{at}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
    }
}

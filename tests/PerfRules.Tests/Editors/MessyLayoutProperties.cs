using PerfRules.Tests.Properties;

namespace PerfRules.Tests.Editors;

/// <summary>
/// The grammar over generated plans laid out messily (line breaks between any two tokens, comments anywhere, needless
/// parentheses): a line-based grammar may lose a word's finer role where a line break splits a construct, but never
/// its kind, and it never marks valid text as invalid.
/// </summary>
public class MessyLayoutProperties
{
    [ScaledProperty(40)]
    public void Every_token_of_a_messy_plan_keeps_its_kind_in_the_editor_and_none_is_invalid(MessyPlan messy)
    {
        var tokens = EditorGrammars.Tokenize(messy.Text);

        var wrong = GrammarFollowsTokenizerTests.Disagreements(messy.Text, tokens);

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.DoesNotContain(tokens, t => t.IsInvalid);
    }
}

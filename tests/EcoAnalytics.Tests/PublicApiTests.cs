using System.Reflection;
using System.Text;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests;

/// <summary>
/// Freezes the library's public surface (Serilog's ApiApprovalTests pattern). A change to the public API fails this
/// test until <c>PublicApi.approved.txt</c> is updated in the same commit: run the test, read the diff, and copy
/// <c>PublicApi.received.txt</c> over the approved file if the change is intended.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedListing()
    {
        var folder = Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var received = Listing(typeof(EcoAnalytics.Data.Dataset).Assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (received != approved)
        {
            File.WriteAllText(receivedPath, received);
            var added = received.Split('\n').Except(approved.Split('\n')).Take(20);
            var removed = approved.Split('\n').Except(received.Split('\n')).Take(20);
            Assert.Fail($"The public API changed (see {receivedPath}).\n+ {string.Join("\n+ ", added)}\n- {string.Join("\n- ", removed)}");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    private static string Listing(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Where(m => m.DeclaringType == type && !IsCompilerGenerated(m))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "    " + m));
        }

        return string.Join("\n", lines) + "\n";
    }

    // Record plumbing and enum storage: generated, not designed.
    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name.StartsWith('<') || member.Name is "value__" or "EqualityContract" or "PrintMembers" or "Deconstruct";

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : "class";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name}{(p.GetIndexParameters() is { Length: > 0 } index ? $"[{Parameters(index)}]" : string.Empty)} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => member.ToString() ?? member.Name,
    };

    private static string Generic(MethodInfo m) => m.IsGenericMethod ? $"<{string.Join(", ", m.GetGenericArguments().Select(Name))}>" : string.Empty;

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => $"{(p.IsIn ? "in " : p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = …" : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.IsGenericParameter ? type.Name : (type.FullName ?? type.Name).Replace('+', '.');
        }

        var definition = (type.GetGenericTypeDefinition().FullName ?? type.Name).Split('`')[0].Replace('+', '.');
        return new StringBuilder(definition).Append('<').AppendJoin(", ", type.GetGenericArguments().Select(Name)).Append('>').ToString();
    }
}

using System.Linq.Expressions;
using System.Reflection;

namespace EcoAnalytics.Rules;

/// <summary>
/// Deny-by-default check of a parsed rule expression: only reads of <see cref="RuleInput"/> members, arithmetic,
/// comparisons, logic, array indexing, <see cref="Math"/>, <see cref="RuleFunctions"/>, LINQ over the input's
/// arrays and a few pure string members are allowed. Anything else (reflection, object methods, constructors,
/// other types' members) is a violation. Also records which input members are read.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    private static readonly HashSet<Type> StaticTypes = [typeof(Math), typeof(RuleFunctions), typeof(Enumerable), typeof(double), typeof(string)];

    private static readonly HashSet<string> StringMembers = ["Length", "Contains", "StartsWith", "EndsWith", "Equals", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Concat", "Compare", "op_Equality", "op_Inequality"];

    private static readonly HashSet<string> DoubleMembers = ["IsNaN", "IsFinite", "IsInfinity", "Max", "Min"];

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    public string? Violation { get; private set; }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || Violation is not null)
        {
            return node;
        }

        switch (node.NodeType)
        {
            case ExpressionType.New:
            case ExpressionType.NewArrayBounds:
            case ExpressionType.MemberInit:
            case ExpressionType.ListInit:
            case ExpressionType.Invoke:
            case ExpressionType.Block:
            case ExpressionType.Assign:
            case ExpressionType.Dynamic:
            case ExpressionType.Extension:
            case ExpressionType.Throw:
            case ExpressionType.Try:
            case ExpressionType.Loop:
            case ExpressionType.Goto:
            case ExpressionType.TypeAs:
            case ExpressionType.TypeIs:
            case ExpressionType.TypeEqual:
                return Deny(node, $"'{node.NodeType}' expressions are not allowed in rules");
            default:
                return base.Visit(node);
        }
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not (null or string or bool or int or long or double or float or decimal))
        {
            return Deny(node, $"a constant of type '{node.Type.Name}' is not allowed in rules");
        }

        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        // Post-order: report the innermost offence first (x.GetType() in x.GetType().Assembly).
        Visit(node.Expression);
        if (Violation is not null)
        {
            return node;
        }

        var declaring = node.Member.DeclaringType;
        if (declaring == typeof(RuleInput) && node.Expression is ParameterExpression)
        {
            Members.Add(node.Member.Name);
            return node;
        }

        if ((declaring == typeof(string) && node.Member.Name == "Length") || (declaring?.IsArray == true && node.Member.Name == "Length"))
        {
            return node;
        }

        if (declaring == typeof(Math) && node.Member is FieldInfo { IsLiteral: true })
        {
            return node;
        }

        return Deny(node, $"member '{declaring?.Name}.{node.Member.Name}' is not accessible in rules: rules read only the input x ({string.Join(", ", typeof(RuleInput).GetProperties().Select(p => p.Name))})");
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        Visit(node.Object);
        Visit(node.Arguments);
        if (Violation is not null)
        {
            return node;
        }

        var method = node.Method;
        var type = method.DeclaringType;
        var allowed = type switch
        {
            _ when type == typeof(Math) || type == typeof(RuleFunctions) => true,
            _ when type == typeof(Enumerable) => node.Arguments.Count > 0 && node.Arguments[0].Type.IsArray,
            _ when type == typeof(string) => StringMembers.Contains(method.Name),
            _ when type == typeof(double) => DoubleMembers.Contains(method.Name),
            _ => false,
        };
        if (!allowed || (method.IsStatic && !StaticTypes.Contains(type!)))
        {
            return Deny(node, $"method '{type?.Name}.{method.Name}' is not allowed in rules: only Math, RuleFunctions, LINQ over x's arrays and plain string tests are");
        }

        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node) => node;

    private Expression Deny(Expression node, string violation)
    {
        Violation ??= violation;
        return node;
    }
}

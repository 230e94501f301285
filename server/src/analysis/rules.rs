//! A kata's rules: tree-sitter queries over the learner's file; every match
//! is a finding. Queries are compiled once per kata.

use super::complexity::ItemEstimate;
use super::{language, Finding};
use crate::catalog::{KataSpec, RuleCost, Severity};
use std::fmt;
use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, Query, QueryCursor, Tree};

pub struct CompiledRules {
    rules: Vec<CompiledRule>,
    /// The items the kata grades (`Hub::publish`): a cost rule speaks only
    /// about code they reach (`rule_reach`).
    graded: Vec<String>,
}

struct CompiledRule {
    id: String,
    message: String,
    severity: Severity,
    query: Query,
    violation: Option<u32>,
    unless_receiver: Vec<String>,
    cost: Option<RuleCost>,
}

/// A rule whose query does not compile, located in the query text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub rule: String,
    pub row: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "rule `{}`: query does not compile at query line {}, column {}: {}",
            self.rule,
            self.row + 1,
            self.column + 1,
            self.message
        )
    }
}

impl CompiledRules {
    /// Compiles every rule; broken ones are returned as errors and left out.
    pub fn compile(spec: &KataSpec) -> (CompiledRules, Vec<RuleError>) {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for rule in &spec.rules {
            match Query::new(&language(), &rule.query) {
                Ok(query) => {
                    let violation = query.capture_index_for_name("violation");
                    rules.push(CompiledRule {
                        id: rule.id.clone(),
                        message: rule.message.clone(),
                        severity: rule.severity,
                        query,
                        violation,
                        unless_receiver: rule.unless_receiver.clone(),
                        cost: rule.cost,
                    });
                }
                Err(e) => errors.push(RuleError {
                    rule: rule.id.clone(),
                    row: e.row,
                    column: e.column,
                    message: format!("{:?}: {}", e.kind, e.message.trim()),
                }),
            }
        }
        let graded = spec.targets.iter().map(|t| t.item.clone()).collect();
        (CompiledRules { rules, graded }, errors)
    }

    pub fn empty() -> CompiledRules {
        CompiledRules {
            rules: Vec::new(),
            graded: Vec::new(),
        }
    }

    /// The rules' findings. `estimates` (of the same text) tell which
    /// receivers hold a constant amount of data.
    pub fn check(&self, text: &str, tree: &Tree, estimates: &[ItemEstimate]) -> Vec<Finding> {
        let mut findings = Vec::new();
        if self.rules.is_empty() {
            return findings;
        }
        let mut cursor = QueryCursor::new();
        // Predicates read the code without its comments: a rule matching a
        // function's body (`#match? @body "[.]collect"`) must not fire on
        // a comment that mentions what the code avoids.
        let code = without_comments(text, tree);
        // A cost rule claims a graded operation is slow: code no graded
        // item runs (an ungraded helper such as `unsubscribe` searching one
        // connection's own topics) cannot make one slow.
        let reached = if self.rules.iter().any(|r| r.cost.is_some()) {
            super::rule_reach::reached_functions(text, tree, &self.graded)
        } else {
            None
        };
        for rule in &self.rules {
            let mut matches = cursor.matches(&rule.query, tree.root_node(), code.as_bytes());
            while let Some(m) = matches.next() {
                let node = match rule.violation {
                    Some(index) => m
                        .captures()
                        .iter()
                        .find(|c| c.index == index)
                        .map(|c| c.node),
                    None => m.captures().first().map(|c| c.node),
                };
                let Some(node) = node else { continue };
                if rule.excused(node, text, estimates) {
                    continue;
                }
                if rule.cost.is_some() {
                    if let (Some(reached), Some(function)) = (&reached, enclosing_function(node)) {
                        if !reached.contains(&function.byte_range()) {
                            continue;
                        }
                    }
                }
                let range = node.start_byte()..node.end_byte();
                // One finding per place, even if several patterns hit it.
                if findings
                    .iter()
                    .any(|f: &Finding| f.range == range && f.code.ends_with(&rule.id))
                {
                    continue;
                }
                findings.push(Finding {
                    range,
                    severity: rule.severity,
                    code: format!("rule/{}", rule.id),
                    message: rule.message.clone(),
                    related: Vec::new(),
                });
            }
        }
        findings.sort_by_key(|f| (f.range.start, f.range.end));
        findings
    }
}

impl CompiledRule {
    /// A match that is not what the rule is about: the code it names works
    /// on constant data, or is the learner's own, or stores nothing.
    fn excused(&self, node: Node, text: &str, estimates: &[ItemEstimate]) -> bool {
        use super::rule_receiver::{
            calls_own_method, consumed_without_storing, defined_in_file, receiver_nested_type,
            receiver_type,
        };
        // A rule naming a std type (`Once`, `OnceCell`) does not fire on
        // the learner's own type of that name.
        if matches!(node.kind(), "type_identifier" | "identifier")
            && defined_in_file(&text[node.byte_range()], node, text)
        {
            return true;
        }
        // A rule about a copy or style, not time: an adaptor chain that
        // ends in a count or a search stores nothing.
        if self.cost != Some(RuleCost::Time) && consumed_without_storing(node, text) {
            return true;
        }
        // A call of the learner's own method of a std name, with another
        // arity than the std one (`t.matches(c, from)` of a pattern type).
        let root = super::rule_receiver::root_receiver(node);
        let call_and_method = match node.kind() {
            "call_expression" => node
                .child_by_field_name("function")
                .and_then(|f| f.child_by_field_name("field"))
                .map(|m| (node, m)),
            "field_identifier" => node.parent().and_then(|f| f.parent()).map(|c| (c, node)),
            _ => None,
        };
        if let Some((call, method)) = call_and_method {
            if calls_own_method(call, &text[method.byte_range()], text) {
                return true;
            }
        }
        // A loop the estimator found to run a constant number of times
        // (over an Option, an array literal) is no loop over the input.
        if matches!(node.kind(), "for_expression")
            && estimates
                .iter()
                .any(|e| e.constant_receivers.contains(&node.byte_range()))
        {
            return true;
        }
        let Some(root) = root else {
            return false;
        };
        // The estimator found the receiver to hold constant data (one
        // element, a window of constant width): the call is cheap there.
        if estimates
            .iter()
            .any(|e| e.constant_receivers.contains(&root.byte_range()))
        {
            return true;
        }
        // A call on a fixed-size array works on constant data; on a type
        // of the file it is the learner's own method; a receiver type the
        // kata exempts makes the call cheap.
        // A kata may also exempt a collection of collections (`Vec<Vec>`):
        // walking one visits its lists, not their elements.
        receiver_type(root, text).is_some_and(|ty| {
            ty == "array" || self.unless_receiver.contains(&ty) || defined_in_file(&ty, root, text)
        }) || receiver_nested_type(root, text).is_some_and(|ty| self.unless_receiver.contains(&ty))
    }
}

/// The innermost `fn` item around a node.
fn enclosing_function(node: Node) -> Option<Node> {
    std::iter::successors(Some(node), |n| n.parent()).find(|n| n.kind() == "function_item")
}

/// `text` with every comment's bytes blanked (newlines kept), so that byte
/// offsets, and the nodes' ranges, stay those of `text`.
fn without_comments<'a>(text: &'a str, tree: &Tree) -> std::borrow::Cow<'a, str> {
    let mut bytes: Option<Vec<u8>> = None;
    // One cursor over the whole tree (a cursor per node costs more than
    // the parse on a 300-line file).
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        let comment = matches!(node.kind(), "line_comment" | "block_comment");
        if comment {
            let bytes = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
            for b in &mut bytes[node.byte_range()] {
                if *b != b'\n' {
                    *b = b' ';
                }
            }
        }
        if !comment && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    // Only whole comments were blanked, with ASCII spaces: still UTF-8.
    match bytes {
        None => std::borrow::Cow::Borrowed(text),
        Some(b) => {
            String::from_utf8(b).map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::parse;
    use expect_test::{expect, Expect};

    fn check(rules_toml: &str, text: &str, expect: Expect) {
        let spec: KataSpec = toml::from_str(&format!(
            "id = \"x\"\ntitle = \"x\"\ndifficulty = \"easy\"\n{rules_toml}"
        ))
        .unwrap();
        let (rules, errors) = CompiledRules::compile(&spec);
        let mut out: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let tree = parse(text);
        let estimates = crate::analysis::complexity::estimate(text, &tree);
        out.extend(rules.check(text, &tree, &estimates).iter().map(|f| {
            format!(
                "{} {:?} `{}` {}",
                f.code,
                f.severity,
                &text[f.range.clone()],
                f.message
            )
        }));
        expect.assert_eq(&out.join("\n"));
    }

    const NO_SORT: &str = r#"
[[rule]]
id = "no-sort"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "sort"))) @violation'''
message = "no sorting"
"#;

    #[test]
    fn reports_each_match_with_the_violation_capture() {
        check(
            NO_SORT,
            "fn f(v: &mut Vec<i32>) { v.sort(); v.push(1); v.sort() }",
            expect![[r#"
                rule/no-sort Error `v.sort()` no sorting
                rule/no-sort Error `v.sort()` no sorting"#]],
        );
    }

    #[test]
    fn no_match_no_finding() {
        check(
            NO_SORT,
            "fn f(v: &mut Vec<i32>) { v.sort_by_key(|x| *x); }",
            expect![""],
        );
    }

    #[test]
    fn a_broken_query_is_reported_with_its_position() {
        check(
            "[[rule]]\nid = \"bad\"\nquery = \"(call_expresion)\"\nmessage = \"m\"\n",
            "fn f() {}",
            expect![[
                r#"rule `bad`: query does not compile at query line 1, column 2: NodeType: "call_expresion""#
            ]],
        );
    }

    #[test]
    fn predicates_read_the_code_without_its_comments() {
        let rule = r#"
[[rule]]
id = "count-collects"
query = '''(function_item name: (identifier) @violation body: (block) @body (#match? @body "[.]collect"))'''
message = "collects"
"#;
        check(
            rule,
            "fn a() -> usize { /* not .collect() */ 0 }\n// .collect()\nfn b() -> usize { x.iter().count() // no .collect() here\n}\nfn c() -> Vec<u8> { x.iter().collect() }",
            expect![[r#"rule/count-collects Error `c` collects"#]],
        );
    }

    #[test]
    fn a_call_on_an_array_an_exempt_type_or_a_type_of_the_file_is_not_a_violation() {
        let rules = r#"
[[rule]]
id = "no-sort"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "sort"))) @violation'''
message = "sorts"

[[rule]]
id = "no-shift"
unless_receiver = ["VecDeque"]
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "remove"))) @violation'''
message = "shifts"
"#;
        check(
            rules,
            "struct Sorter;\nstruct S { q: VecDeque<u32>, v: Vec<u32> }\nfn f(s: &mut S, d: &mut VecDeque<u8>, w: &mut [u8]) {\n  [3, 1].sort(); let mut t = [s.v[0], 2]; t.sort(); let k = Sorter::new(); k.sort();\n  w.sort();\n  s.q.remove(0); d.remove(0); s.v.remove(0);\n}",
            expect![[r#"
                rule/no-sort Error `w.sort()` sorts
                rule/no-shift Error `s.v.remove(0)` shifts"#]],
        );
    }

    #[test]
    fn an_exempt_collection_of_collections_leaves_its_elements_flagged() {
        let rules = r#"
[[rule]]
id = "no-zip"
cost = "time"
unless_receiver = ["Vec<Vec>"]
query = '''(call_expression function: (field_expression value: (call_expression function: (field_expression value: [(field_expression value: (self)) (index_expression . (field_expression value: (self)))])) field: (field_identifier) @m (#eq? @m "zip"))) @violation'''
message = "zips every digest"
"#;
        // The levels pair up (log n of them); the leaves of one level and a
        // flat list of digests are what the rule is about.
        check(
            rules,
            "struct T { levels: Vec<Vec<u64>>, leaves: Vec<u64> }
impl T {
  fn d(&self, o: &T) -> usize {
    self.levels.iter().zip(&o.levels).count()
      + self.levels[1..].iter().zip(&o.levels[1..]).count()
      + self.levels[0].iter().zip(&o.levels[0]).count()
      + self.leaves.iter().zip(&o.leaves).count()
  }
}",
            expect![[r#"
                rule/no-zip Error `self.levels[0].iter().zip(&o.levels[0])` zips every digest
                rule/no-zip Error `self.leaves.iter().zip(&o.leaves)` zips every digest"#]],
        );
    }

    #[test]
    fn a_cost_rule_speaks_only_about_code_a_graded_item_reaches() {
        let rules = r#"
[[target]]
item = "Hub::publish"
time = "O(s)"

[[rule]]
id = "no-linear-search"
cost = "time"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "position"))) @violation'''
message = "searches one by one"

[[rule]]
id = "no-position"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "position"))) @violation'''
message = "a style rule"
"#;
        // `publish` reaches `find` through a call and `cmp` is run by the
        // standard library; nothing graded runs `unsubscribe`, so only the
        // style rule, which is not about cost, fires there.
        check(
            rules,
            "struct Hub { conns: Vec<u32>, topics: Vec<String> }
impl Hub {
  pub fn publish(&self, c: u32) -> usize { self.find(c) }
  fn find(&self, c: u32) -> usize { self.conns.iter().position(|x| *x == c).unwrap_or(0) }
  pub fn unsubscribe(&mut self, t: &str) { if let Some(i) = self.topics.iter().position(|x| x == t) { self.topics.remove(i); } }
}
impl Ord for Hub { fn cmp(&self, o: &Self) -> std::cmp::Ordering { self.conns.iter().position(|x| *x == 0).cmp(&None) } }",
            expect![[r#"
                rule/no-linear-search Error `self.conns.iter().position(|x| *x == c)` searches one by one
                rule/no-position Error `self.conns.iter().position(|x| *x == c)` a style rule
                rule/no-position Error `self.topics.iter().position(|x| x == t)` a style rule
                rule/no-linear-search Error `self.conns.iter().position(|x| *x == 0)` searches one by one
                rule/no-position Error `self.conns.iter().position(|x| *x == 0)` a style rule"#]],
        );
    }

    #[test]
    fn a_rule_naming_a_std_type_leaves_the_files_own_type_of_that_name() {
        let rules = r#"
[[rule]]
id = "no-std-once"
query = '''((type_identifier) @violation (#match? @violation "^(Once|OnceLock)$"))'''
message = "std once type"
"#;
        check(
            rules,
            "struct Once { done: bool }\nstruct Cell { once: Once, lock: std::sync::OnceLock<u8> }",
            expect![[r#"rule/no-std-once Error `OnceLock` std once type"#]],
        );
    }

    #[test]
    fn an_adaptor_chain_that_ends_in_a_count_stores_nothing() {
        let rules = r#"
[[rule]]
id = "no-rev"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "rev"))) @violation'''
message = "a second buffer"

[[rule]]
id = "no-rev-scan"
cost = "time"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "rev"))) @violation'''
message = "a scan"
"#;
        // Counting backwards keeps a number: not a copy, still a scan.
        check(
            rules,
            "fn f(b: &[u8], s: &str) -> (usize, String) {\n  let tail = b.iter().rev().take_while(|c| **c >= 0x80).count();\n  (tail, s.chars().rev().collect())\n}",
            expect![[r#"
                rule/no-rev-scan Error `b.iter().rev()` a scan
                rule/no-rev Error `s.chars().rev()` a second buffer
                rule/no-rev-scan Error `s.chars().rev()` a scan"#]],
        );
    }

    #[test]
    fn a_call_on_constant_data_the_estimator_found_is_not_a_violation() {
        let rules = r#"
[[rule]]
id = "no-linear-pick"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#match? @m "^max(_by_key)?$"))) @violation'''
message = "scans"

[[rule]]
id = "no-copy"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "to_owned"))) @violation'''
message = "copies"

[[rule]]
id = "no-prefix-filter"
query = '''(call_expression function: (field_expression field: (field_identifier) @m (#eq? @m "starts_with"))) @violation'''
message = "filters"
"#;
        // Two children of a heap node (a window of constant width, named
        // by a binding), one sample, a character: constant data. A whole
        // slice, and the words a closure gets, are not.
        check(
            rules,
            "fn sift(v: &[u64], l: usize) -> usize {
  let end = (l + 2).min(v.len());
  let best = v[l..end].iter().enumerate().max_by_key(|p| p.1);
  let all = v.iter().max();
  0
}
fn pivot<T: Ord + Clone>(s: &mut [T], hi: usize) -> T { s[hi].to_owned() }
fn copy(s: &[u8]) -> Vec<u8> { s.to_owned() }
fn high(c: char) -> char { c.max('a') }
fn words(all: Vec<String>, p: &str) -> Vec<String> { all.into_iter().filter(|w| w.starts_with(p)).collect() }",
            expect![[r#"
                rule/no-linear-pick Error `v.iter().max()` scans
                rule/no-copy Error `s.to_owned()` copies
                rule/no-prefix-filter Error `w.starts_with(p)` filters"#]],
        );
    }

    #[test]
    fn a_loop_that_runs_a_constant_number_of_times_is_no_nested_loop() {
        let rules = r#"
[[rule]]
id = "no-nested-loop"
query = '''(for_expression body: (block (expression_statement (for_expression) @violation)))'''
message = "pairs"
"#;
        // Over an Option (a std method that returns one) and an array
        // literal: at most a constant number of rounds. Over the input: a
        // nested loop; over the file's own `get`: unknown, so it stays.
        check(
            rules,
            "struct S;
impl S { fn get(&self) -> Vec<i64> { vec![] } }
fn f(v: &[i64], t: i64, s: &S) {
  for &x in v { for c in t.checked_sub(x) { g(c); } }
  for &x in v { for d in [1, -1] { g(x + d); } }
  for &x in v { for y in v { g(x + y); } }
  for &x in v { for y in s.get() { g(x + y); } }
}",
            expect![[r#"
                rule/no-nested-loop Error `for y in v { g(x + y); }` pairs
                rule/no-nested-loop Error `for y in s.get() { g(x + y); }` pairs"#]],
        );
    }
}

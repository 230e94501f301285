//! Findings where an estimate exceeds a kata's target: a warning with a
//! stable code when the estimate is confident, a hint (info) otherwise. The
//! message says what was found, the resulting class, the target, and what
//! to use instead; `related` points at the loops that multiply.

use super::{Class, Confidence, ItemEstimate, Step, StepKind};
use crate::analysis::{Finding, Related};
use crate::catalog::{Severity, Target};

pub fn complexity_findings(estimates: &[ItemEstimate], targets: &[Target]) -> Vec<Finding> {
    let mut out = Vec::new();
    for target in targets {
        let Some(est) = super::find(estimates, &target.item) else {
            continue;
        };
        // Only a certain, tight derivation speaks up. An estimate that assumed a
        // loop bound, a type or a recursion shape is shown in the hover with
        // what it assumed, and the measurement decides: a hint that may be
        // wrong still tells a learner their right answer is wrong.
        let space_certain = est.space_certain();
        let timed = est.judged(&target.time);
        if let Some(want) = Class::parse_bound(&target.time)
            .ok()
            .filter(|want| timed.time_certain_against(want.class))
        {
            if want.exceeded_by(timed.time, timed.walks_input.is_some()) {
                out.push(if timed.time <= want.class {
                    walk_finding(&timed, &target.time)
                } else {
                    time_finding(&timed, want.class, &target.time)
                });
            }
        }
        if let Some(space) = target.space.as_deref().filter(|_| space_certain) {
            if let Ok(want) = Class::parse(space) {
                if est.space > want {
                    out.push(space_finding(est, want, space));
                }
            }
        }
    }
    out.sort_by_key(|f| (f.range.start, f.range.end));
    out
}

fn severity(conf: Confidence) -> Severity {
    if conf == Confidence::High {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// The stable code of a finding and the step to point at.
pub fn classify(est: &ItemEstimate, want: Class) -> (String, Option<&Step>, Vec<&Step>) {
    let loops: Vec<&Step> = est
        .steps
        .iter()
        .filter(|s| matches!(s.kind, StepKind::Loop { factor } if !factor.is_one()))
        .collect();
    let loop_product = loops
        .iter()
        .fold(Class::ONE, |acc, s| match s.kind {
            StepKind::Loop { factor } => acc.times(factor),
            _ => acc,
        })
        .min(est.time);
    // The recursion when the function recurses; otherwise the costliest
    // call (the innermost on a tie), not merely the first one met.
    let culprit = est
        .steps
        .iter()
        .find(|s| matches!(s.kind, StepKind::Recursion { .. }))
        .or_else(|| {
            est.steps
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Cost { .. }))
                .max_by_key(|s| factor(s))
        });
    if let Some(
        step @ Step {
            kind: StepKind::Recursion { code, .. },
            ..
        },
    ) = culprit
    {
        return (code.to_string(), Some(step), loops);
    }
    let call_culprit = culprit.filter(|s| match s.kind {
        StepKind::Cost { class, .. } => {
            class > Class::ONE && (loop_product <= want || loops.len() < 2)
        }
        _ => false,
    });
    if let Some(
        step @ Step {
            kind: StepKind::Cost { code, .. },
            ..
        },
    ) = call_culprit
    {
        let code = match (*code, loops.is_empty()) {
            ("remove-front" | "insert-front" | "chars-nth", _) => code.to_string(),
            (c, true) => c.to_string(),
            (c, false) => format!("{c}-in-loop"),
        };
        return (code, Some(step), loops);
    }
    match loops.len() {
        0 => ("estimate".into(), None, loops),
        1 => ("loop".into(), loops.last().copied(), loops),
        _ => ("nested-loop".into(), loops.last().copied(), loops),
    }
}

/// What to do instead; `culprit`: the text of the step that costs, so that
/// advice does not suggest the type the code already uses; `want`: the
/// target's class (a logarithmic target asks for a search, not a running
/// value).
fn advice(code: &str, culprit: &str, want: Class) -> &'static str {
    let base = code.trim_end_matches("-in-loop");
    let in_loop = code.ends_with("-in-loop") || code == "nested-loop";
    let logarithmic = want.poly == 0 && want.log > 0;
    match base {
        "linear-scan" | "linear-search" | "loop" | "collect" | "nested-loop" if logarithmic => {
            "The target is logarithmic: reach the answer along one path (a binary search over sorted data, a descent in a search tree, a heap's sift from root to leaf), then read only what is asked, instead of walking the elements."
        }
        // A copy that picks some elements out of all of them is a scan.
        "collect" if culprit.contains(".filter(") => {
            "This walks every element to pick a few: index them (a HashMap from the key to its elements) so the lookup does not scan."
        }
        "sort" if !in_loop => "Sorting everything costs n log n: keep the data ordered as it arrives (a BinaryHeap, a BTreeMap), select only what is needed (`select_nth_unstable`), or count instead of comparing.",
        "vec-shift" if culprit.contains("VecDeque") => "Removing or inserting in the middle of a VecDeque shifts the shorter side: keep positions stable (`swap_remove_back`, linked indices) or index the elements in a map.",
        "vec-contains" => "Keep the values in a HashSet (O(1) `contains`), or sort once and use `binary_search`.",
        "linear-search" => "Index the elements in a HashMap (key → value or position) so each lookup is O(1).",
        "linear-scan" => "Keep the result up to date as you go (a running count, sum or maximum) instead of walking the data again.",
        "remove-front" => "Avoid the shift: a VecDeque (`pop_front` is O(1)), an index to the front that moves forward, or a second Vec kept in reverse order (pop from its end).",
        "insert-front" => "Avoid the shift: a VecDeque (`push_front` is O(1)), or push at the end of a Vec kept in reverse order.",
        "vec-shift" => "Removing or inserting inside a Vec shifts the rest: use `swap_remove`, a VecDeque, linked indices, or a map.",
        "sort" => "Sort once outside the loop, or keep the data ordered in a BinaryHeap or BTreeSet.",
        "clone" | "collect" => "Borrow the data (`&v`, slices, iterators) instead of copying it.",
        "string-rebuild" => "Append to one String with `push_str` or `+=` instead of rebuilding it each time.",
        "chars-nth" => "`chars().nth(i)` walks from the start every time: collect the chars once or walk them in one pass.",
        "alloc" => "Allocate the buffer once outside the loop and reuse it.",
        "btree" | "heap" => "A HashMap or HashSet answers in O(1) where order is not needed.",
        "binary-search" => "Searching again costs log n each time: keep the position up to date instead (a cursor that only moves forward, expired entries popped from the front), or index the elements in a HashMap.",
        "nested-loop" => "Replace the inner loop with a lookup (HashMap/HashSet), two pointers over sorted data, or a sliding window.",
        "loop" => "Keep what this loop computes up to date as the data changes, so the operation does not walk it.",
        "exponential-recursion" => "Memoise the results (a HashMap or a Vec indexed by the argument) or build them bottom-up.",
        "quadratic-pivot" => "Choose the pivot at random or as the median of the items at the quarter, half and three-quarter marks, so that sorted input does not degrade to O(n^2).",
        "recursion" => "Recurse on a smaller part, or do less work per call.",
        _ => "Look for the step that walks the data inside a loop.",
    }
}

fn time_finding(est: &ItemEstimate, want: Class, target: &str) -> Finding {
    let (code, culprit, loops) = classify(est, want);
    let outer: Vec<&&Step> = loops
        .iter()
        .filter(|l| culprit.is_none_or(|c| c.range != l.range))
        .collect();
    let message = format!(
        "`{}` is {}, the target is {}: {}. {}",
        est.item,
        est.time,
        read_as_n(target),
        derivation(&est.steps, est.time),
        advice(&code, culprit.map_or("", |c| c.text.as_str()), want)
    );
    let range = culprit.map_or(est.range.clone(), |s| s.range.clone());
    let mut related: Vec<Related> = outer
        .iter()
        .map(|l| Related {
            range: l.range.clone(),
            message: format!("this loop multiplies the cost: {}", l.text),
        })
        .collect();
    related.push(Related {
        range: est.range.clone(),
        message: format!("`{}` is estimated {} (target {target})", est.item, est.time),
    });
    Finding {
        range,
        severity: severity(est.confidence),
        code: format!("complexity/{code}"),
        message,
        related,
    }
}

/// The target as written and, when it names sizes other than `n`, the
/// class it is compared as: the estimate has one size, so "O(n^2), the
/// target is O(d)" would compare two different variables without saying so.
/// (Other sizes are read as n, or dropped beside a term in n: see
/// `Class::parse_bound`; the words say neither, only the result.)
pub fn read_as_n(target: &str) -> String {
    match Class::parse_bound(target) {
        Ok(bound) if bound.other_sizes => format!(
            "{target}, which the estimate, counting one size n, compares as {}",
            bound.class
        ),
        _ => target.to_string(),
    }
}

/// What a step multiplies the work by.
pub fn factor(step: &Step) -> Option<Class> {
    match step.kind {
        StepKind::Loop { factor } => Some(factor),
        StepKind::Cost { class, .. }
        | StepKind::Call { class }
        | StepKind::Recursion { class, .. } => Some(class),
        StepKind::Space { .. } => None,
    }
}

/// The time derivation in words, outermost first, with the factors that
/// multiply to `class` (`n × n × n`) when they do: a message never states a
/// class its own steps contradict.
pub fn derivation(steps: &[Step], class: Class) -> String {
    let chain: Vec<&Step> = steps.iter().filter(|s| factor(s).is_some()).collect();
    if chain.is_empty() {
        return "the derivation has no single dominant step".to_string();
    }
    let text = chain
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(", inside it ");
    let factors: Vec<Class> = chain
        .iter()
        .filter_map(|s| factor(s))
        .filter(|f| !f.is_one())
        .collect();
    let product = factors.iter().fold(Class::ONE, |acc, f| acc.times(*f));
    if factors.len() > 1 && product == class {
        let terms: Vec<String> = factors.iter().map(|f| f.term()).collect();
        format!("{text} ({} = {})", terms.join(" × "), class.term())
    } else {
        text
    }
}

/// Within the bound read with n for the output size, but a loop walks every
/// element of an input: O(n) even when the output is a single item.
fn walk_finding(est: &ItemEstimate, target: &str) -> Finding {
    let step = est.walks_input.as_ref();
    let what = step.map_or("a loop".to_string(), |s| s.text.clone());
    Finding {
        range: step.map_or(est.range.clone(), |s| s.range.clone()),
        severity: severity(est.confidence),
        code: "complexity/walks-input".into(),
        message: format!(
            "{what}: `{}` visits every element of an input, so it costs O(n) even when the output is a single item (estimated {} in all); the target is {target}, which grows with the output. Reach only the parts that can contribute (through an index, an ordered structure or a tree, skipping what is known to be unchanged) instead of visiting everything.",
            est.item, est.time
        ),
        related: vec![Related {
            range: est.range.clone(),
            message: format!("`{}` is estimated {} (target {target})", est.item, est.time),
        }],
    }
}

fn space_finding(est: &ItemEstimate, want: Class, target: &str) -> Finding {
    let culprit = est
        .space_steps
        .iter()
        .find(|s| matches!(s.kind, StepKind::Space { class } if class > want));
    let what = culprit.map_or("extra memory".to_string(), |s| s.text.clone());
    let recursion = culprit.is_some_and(|s| s.text.starts_with("recursion depth"));
    let advice = if recursion {
        "Each pending call keeps a stack frame: iterate with a loop (and an explicit stack only if needed).".to_string()
    } else if want.is_one() {
        "Work in place, or keep a constant number of variables (indices, a running value) instead of a copy.".to_string()
    } else {
        format!("Keep only what the target allows ({target}) instead of a copy of the data.")
    };
    Finding {
        range: culprit.map_or(est.range.clone(), |s| s.range.clone()),
        // Space has its own confidence: a certain extra-space class warns
        // (and decides the verdict) even where the time class assumed
        // something.
        severity: severity(est.space_confidence),
        code: "complexity/extra-space".into(),
        message: format!(
            "{what}: `{}` uses {} extra space; the target is {}. {advice}",
            est.item,
            est.space,
            read_as_n(target)
        ),
        related: vec![Related {
            range: est.range.clone(),
            message: format!("`{}` is estimated {} extra space", est.item, est.space),
        }],
    }
}

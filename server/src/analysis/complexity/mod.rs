//! The static complexity estimate: per function and per method, the time and
//! extra-space class with a derivation (every step located by byte range),
//! and findings where an estimate exceeds a kata's target.
//!
//! Pure and cheap (one walk over each function's tree); it runs on every
//! keystroke. What it recognises, and the rules it follows, are listed in
//! docs/complexity.md.

pub mod certainty;
mod class;
mod findings;
mod flow;
pub mod std_costs;
mod types;
mod walk;

pub use class::{Bound, Class};
pub use findings::complexity_findings;

use std::fmt;
use std::ops::Range;
use tree_sitter::{Node, Tree};

/// How sure the estimate is: `High` when every step was recognised,
/// lower when a loop bound, a type or a recursion shape was guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a step of the derivation is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// A loop that multiplies its body by `factor` (×1 when amortised).
    Loop { factor: Class },
    /// A call or operation whose own cost grows with n. `code` names the
    /// pattern: `vec-contains`, `linear-search`, `remove-front`, `sort`, ….
    Cost { class: Class, code: &'static str },
    /// A call into another function of the file.
    Call { class: Class },
    /// The function calls itself.
    Recursion { class: Class, code: &'static str },
    /// Extra memory.
    Space { class: Class },
}

/// One step of a derivation: where, and what it contributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub range: Range<usize>,
    pub text: String,
    pub kind: StepKind,
}

/// The estimate for one function or method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemEstimate {
    /// `pair_sum`, or `LruCache::get` for a method.
    pub item: String,
    /// The function's name in the file.
    pub range: Range<usize>,
    pub time: Class,
    /// Extra space (the input is not counted; collections built are).
    pub space: Class,
    pub confidence: Confidence,
    /// The derivation of the dominant time term, outermost first.
    pub steps: Vec<Step>,
    /// The derivation of the space class.
    pub space_steps: Vec<Step>,
    /// The body still calls `todo!()` or `unimplemented!()` (a starter):
    /// its estimate says nothing about the learner's solution yet.
    pub unwritten: bool,
    /// A loop that visits every element of an input (a parameter or a
    /// field of `self`) with no early exit: O(n) whatever the size of the
    /// output (see `class::Bound`).
    pub walks_input: Option<Step>,
    /// The derivation's factors are tight and independent, so the class is
    /// what the code costs, not only an upper bound (`certainty`). Only a
    /// tight, high-confidence estimate over a target speaks up.
    pub tight: bool,
    /// How sure the space class is, on its own: extra memory is often
    /// certain (`s.to_lowercase()`) where a loop bound is not.
    pub space_confidence: Confidence,
    /// As `tight`, for the space class.
    pub space_tight: bool,
    /// The time derivations the dominant one hides (largest first), kept
    /// for `certainty::review`.
    pub dominated: Vec<Derivation>,
    /// When the time class is only an upper bound: the largest term
    /// beneath it that is certain (a sort of n elements after a loop whose
    /// bound was assumed). The code costs at least that much.
    pub floor: Option<Derivation>,
    /// Byte ranges of method-call receivers the walk found to hold a
    /// constant amount of data: one element (`s[i]`), a window of constant
    /// width (`v[l..(l + 2).min(n)]`), a fixed-size array. A kata rule
    /// naming a costly method (`max_by_key`, `to_owned`) does not fire on
    /// them: the call works on constant data.
    pub constant_receivers: Vec<Range<usize>>,
}

/// A time term and how it was derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    pub class: Class,
    pub steps: Vec<Step>,
    pub confidence: Confidence,
}

/// One standard-library call, up to n log n: the only derivation trusted
/// beneath an uncertain upper bound (`Part::alts`, `certainty::is_floor`).
pub(crate) fn is_one_std_call(steps: &[Step]) -> bool {
    matches!(steps, [step] if matches!(step.kind,
        StepKind::Cost { class, .. } if class > Class::ONE && class <= Class::N_LOG))
}

impl ItemEstimate {
    /// The time class is what the code costs, for certain: every step was
    /// recognised and the derivation is tight. Only a certain class over a
    /// target becomes a finding, and only a finding decides a verdict.
    pub fn time_certain(&self) -> bool {
        self.confidence == Confidence::High && self.tight
    }

    /// The derivation goes through a call into a function of the file
    /// whose own cost grows with n (`self.compact()` is O(n)). That cost
    /// was priced on the helper's own parameters and fields, not on what
    /// this call gives it and when: a record's short name, a compaction
    /// its caller runs only now and then, a sift along one path. On
    /// learners' correct code that was the commonest way a certain
    /// derivation was wrong (half the false alarms of six rounds judged
    /// before fixing), so such a class is only an upper bound wherever a
    /// measurement can decide instead.
    pub fn priced_through_helper(&self) -> bool {
        self.steps
            .iter()
            .any(|s| matches!(s.kind, StepKind::Call { class } if class.exp || class.poly >= 1))
    }

    /// `time_certain`, judged against a time target of class `want`: a
    /// class priced through a helper (`priced_through_helper`) stays
    /// certain only when it exceeds the target by log factors alone,
    /// which measured growth cannot tell apart (a hand-written heapsort
    /// called where the target is O(n)); a larger gap is left to the
    /// measurement, which sees it.
    pub fn time_certain_against(&self, want: Class) -> bool {
        self.time_certain()
            && (!self.priced_through_helper() || self.time <= want || self.time.log_only_over(want))
    }

    /// As `time_certain`, for the space class.
    pub fn space_certain(&self) -> bool {
        self.space_confidence == Confidence::High && self.space_tight
    }

    /// The estimate as judged against a time target (`O(n)`): itself,
    /// unless its time class is only an upper bound (or priced through a
    /// helper, `time_certain_against`) and a certain term
    /// beneath it exceeds the target; then that term, certain, is the time
    /// class, since it is what the code costs at least.
    pub fn judged(&self, time_target: &str) -> std::borrow::Cow<'_, ItemEstimate> {
        use std::borrow::Cow;
        let Ok(want) = Class::parse_bound(time_target) else {
            return Cow::Borrowed(self);
        };
        let (Some(floor), false) = (&self.floor, self.time_certain_against(want.class)) else {
            return Cow::Borrowed(self);
        };
        if !want.exceeded_by(floor.class, self.walks_input.is_some()) {
            return Cow::Borrowed(self);
        }
        Cow::Owned(ItemEstimate {
            time: floor.class,
            steps: floor.steps.clone(),
            confidence: floor.confidence,
            tight: true,
            dominated: Vec::new(),
            floor: None,
            ..self.clone()
        })
    }

    /// One line for hovers and reports: `O(n^2) time, O(1) space (high confidence)`.
    pub fn summary(&self) -> String {
        self.summary_with(self.time_certain())
    }

    /// `summary` for an item graded against `time_target`: a class priced
    /// through a helper is an upper bound there unless only log factors
    /// exceed the target (`time_certain_against`), and the hover and the
    /// lens say so as the check does.
    pub fn summary_for(&self, time_target: &str) -> String {
        let certain = Class::parse_bound(time_target).map_or(self.time_certain(), |want| {
            self.time_certain_against(want.class)
        });
        self.summary_with(certain)
    }

    fn summary_with(&self, time_certain: bool) -> String {
        let bound = upper_bound_words(
            self.confidence == Confidence::High,
            time_certain,
            self.space_certain(),
            self.space.is_one(),
        );
        format!(
            "{} time, {} space ({} confidence{bound})",
            self.time, self.space, self.confidence
        )
    }
}

/// `; time is an upper bound` after a high confidence whose class is not
/// certain: it will never be a finding (docs/complexity.md), and the
/// hover, the lens and `kata estimate` say so alike.
pub fn upper_bound_words(
    high: bool,
    time_certain: bool,
    space_certain: bool,
    space_one: bool,
) -> String {
    let mut bounds = Vec::new();
    if high && !time_certain {
        bounds.push("time");
    }
    if high && !space_certain && !space_one {
        bounds.push("space");
    }
    match bounds.as_slice() {
        [] => String::new(),
        [one] => format!("; {one} is an upper bound"),
        _ => "; time and space are upper bounds".to_string(),
    }
}

/// Estimates every function and method of the file.
/// The walk recurses over the tree and through calls: it runs on a
/// thread with a large stack, and not at all on a tree too deep for it
/// (`analysis::check` says so with a finding).
pub fn estimate(text: &str, tree: &Tree) -> Vec<ItemEstimate> {
    if !super::TreeShape::of(tree).estimable() {
        return Vec::new();
    }
    let walk = || {
        let mut estimates = walk::FileCtx::new(text, tree.root_node()).estimate_all();
        certainty::review(text, tree, &mut estimates);
        estimates
    };
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("kata-estimate".into())
            .stack_size(super::ESTIMATOR_STACK)
            .spawn_scoped(scope, walk);
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(e) => {
                eprintln!("kata: no thread for the complexity estimate ({e}); skipped");
                Vec::new()
            }
        }
    })
}

/// The estimate for `item` (`name` or `Type::name`), if the file defines it.
pub fn find<'a>(estimates: &'a [ItemEstimate], item: &str) -> Option<&'a ItemEstimate> {
    estimates.iter().find(|e| e.item == item).or_else(|| {
        // A target naming a bare method, or a `Type::name` the file has as
        // a free function: match on the last segment when that is unique.
        let last = item.rsplit("::").next().unwrap_or(item);
        let mut hits = estimates
            .iter()
            .filter(|e| e.item.rsplit("::").next() == Some(last));
        match (hits.next(), hits.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    })
}

pub(crate) fn text<'a>(node: Node, src: &'a str) -> &'a str {
    &src[node.start_byte()..node.end_byte()]
}

#[cfg(test)]
mod tests;

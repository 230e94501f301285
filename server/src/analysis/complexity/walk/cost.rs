//! The cost algebra: a dominant term with its derivation (`Part`), and the
//! cost of evaluating something split by where it repeats (`Cost`).

use super::*;

/// A dominant term with its derivation.
#[derive(Debug, Clone)]
pub(super) struct Part {
    pub class: Class,
    pub steps: Vec<Step>,
    pub conf: Confidence,
    /// The derivations this one dominates that could be a floor (largest
    /// first, each without alternatives of its own): one standard-library
    /// call at the top of the function. The dominant term is an upper
    /// bound that may not be certain (a loop assumed to run n times) while
    /// such a call is (a sort of n elements after it): `certainty::review`
    /// finds the largest certain one, the cost the code has at least.
    /// Nothing else is kept: `certainty::is_floor` trusts no longer
    /// derivation, and every term kept is cloned with each summary.
    pub alts: Vec<Part>,
}

/// How many dominated derivations a part keeps: enough for the few
/// distinct costs of a function, few enough for a keystroke.
const MAX_ALTS: usize = 4;

impl Part {
    pub fn one() -> Part {
        Part {
            class: Class::ONE,
            steps: Vec::new(),
            conf: Confidence::High,
            alts: Vec::new(),
        }
    }

    /// A derivation with nothing beneath it.
    pub(super) fn new(class: Class, steps: Vec<Step>, conf: Confidence) -> Part {
        Part {
            class,
            steps,
            conf,
            alts: Vec::new(),
        }
    }

    pub(super) fn with_step(class: Class, step: Step, conf: Confidence) -> Part {
        Part::new(class, vec![step], conf)
    }

    /// Both happen, one after the other: the larger dominates.
    pub fn seq(self, other: Part) -> Part {
        use std::cmp::Ordering::*;
        match self.class.cmp(&other.class) {
            Less => other.dominating(self),
            Greater => self.dominating(other),
            // One derivation, the longer (the later on a tie): merging the
            // steps of two sequential parts would read as one nested inside
            // the other, with factors that multiply past the class. The
            // other stays beneath it: it may be the certain one.
            Equal => {
                let conf = self.conf.min(other.conf);
                let (mut kept, other) = if self.steps.len() > other.steps.len() {
                    (self, other)
                } else {
                    (other, self)
                };
                kept.conf = conf;
                kept.dominating(other)
            }
        }
    }

    /// `self`, keeping `other` (and what it dominated) beneath it.
    fn dominating(mut self, mut other: Part) -> Part {
        let more = std::mem::take(&mut other.alts);
        if other.could_be_floor() {
            self.alts.push(other);
        }
        self.alts.extend(more);
        if self.alts.is_empty() {
            return self;
        }
        self.alts.sort_by_key(|alt| std::cmp::Reverse(alt.class));
        self.alts.dedup_by(|a, b| {
            a.class == b.class
                && a.steps.first().map(|s| &s.range) == b.steps.first().map(|s| &s.range)
        });
        self.alts.truncate(MAX_ALTS);
        self
    }

    /// The work repeated `factor` times; `step` explains the factor.
    pub(super) fn times(self, factor: Class, step: Step, conf: Confidence) -> Part {
        let class = self.class.times(factor);
        if class.is_one() {
            return Part::one();
        }
        let mut steps = Vec::with_capacity(self.steps.len() + 1);
        if !factor.is_one() || !self.steps.is_empty() {
            steps.push(step);
        }
        steps.extend(self.steps);
        // Repeated by a loop (even one amortised to ×1), a term is no
        // longer one call at the top: its alternatives are dropped.
        Part::new(class, steps, self.conf.min(conf))
    }

    pub(super) fn lower(mut self, conf: Confidence) -> Part {
        self.conf = self.conf.min(conf);
        for alt in &mut self.alts {
            alt.conf = alt.conf.min(conf);
        }
        self
    }

    /// The same derivation behind `step` (a call into a callee whose part
    /// this is). A callee's own terms are not the caller's top-level calls:
    /// they are not kept.
    pub(super) fn behind(self, step: Step, class: Class) -> Part {
        let mut steps = vec![step];
        steps.extend(self.steps);
        Part::new(class, steps, self.conf)
    }

    /// One standard-library call, up to n log n: what `certainty::is_floor`
    /// may trust.
    fn could_be_floor(&self) -> bool {
        super::super::is_one_std_call(&self.steps)
    }
}

/// The cost of evaluating something: per execution (`body`), once per call
/// of the function (`ret`: branches that return), once per loop (`brk`).
#[derive(Debug, Clone)]
pub(super) struct Cost {
    pub(super) body: Part,
    pub(super) ret: Part,
    pub(super) brk: Part,
}

impl Cost {
    pub(super) fn one() -> Cost {
        Cost {
            body: Part::one(),
            ret: Part::one(),
            brk: Part::one(),
        }
    }
    pub(super) fn of(body: Part) -> Cost {
        Cost {
            body,
            ..Cost::one()
        }
    }
    pub(super) fn seq(self, other: Cost) -> Cost {
        Cost {
            body: self.body.seq(other.body),
            ret: self.ret.seq(other.ret),
            brk: self.brk.seq(other.brk),
        }
    }
    pub(super) fn then(self, part: Part) -> Cost {
        self.seq(Cost::of(part))
    }
    /// All of it happens at most once per call (a branch that returns).
    pub(super) fn into_ret(self) -> Cost {
        Cost {
            body: Part::one(),
            ret: self.body.seq(self.ret),
            brk: self.brk,
        }
    }
    pub(super) fn into_brk(self) -> Cost {
        Cost {
            body: Part::one(),
            ret: self.ret,
            brk: self.body.seq(self.brk),
        }
    }
}

//! The cost algebra: a dominant term with its derivation (`Part`), and the
//! cost of evaluating something split by where it repeats (`Cost`).

use super::*;

/// A dominant term with its derivation.
#[derive(Debug, Clone)]
pub(super) struct Part {
    pub class: Class,
    pub steps: Vec<Step>,
    pub conf: Confidence,
}

impl Part {
    pub fn one() -> Part {
        Part {
            class: Class::ONE,
            steps: Vec::new(),
            conf: Confidence::High,
        }
    }

    pub(super) fn with_step(class: Class, step: Step, conf: Confidence) -> Part {
        Part {
            class,
            steps: vec![step],
            conf,
        }
    }

    /// Both happen, one after the other: the larger dominates.
    pub fn seq(self, other: Part) -> Part {
        use std::cmp::Ordering::*;
        match self.class.cmp(&other.class) {
            Less => other,
            Greater => self,
            // One derivation, the longer (the later on a tie): merging the
            // steps of two sequential parts would read as one nested inside
            // the other, with factors that multiply past the class.
            Equal => {
                let conf = self.conf.min(other.conf);
                let steps = if self.steps.len() > other.steps.len() {
                    self.steps
                } else {
                    other.steps
                };
                Part {
                    class: self.class,
                    steps,
                    conf,
                }
            }
        }
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
        Part {
            class,
            steps,
            conf: self.conf.min(conf),
        }
    }

    pub(super) fn lower(mut self, conf: Confidence) -> Part {
        self.conf = self.conf.min(conf);
        self
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

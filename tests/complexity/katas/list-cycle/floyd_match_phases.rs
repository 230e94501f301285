// learner: optimal
// idiom: match-heavy state machine enum (Phase) driven by one loop, Floyd's three phases as variants
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

enum Phase {
    Chase { slow: usize, fast: usize },
    Align { from_head: usize, from_meet: usize },
    Count { entry: usize, at: usize, len: usize },
    Done(Option<Cycle>),
}

fn run(next: &[Option<usize>], head: Option<usize>, stop_at_meet: bool) -> Option<Cycle> {
    let h = match head {
        Some(h) => h,
        None => return None,
    };
    let mut phase = Phase::Chase { slow: h, fast: h };
    loop {
        phase = match phase {
            Phase::Chase { slow, fast } => match next[fast].and_then(|f| next[f]) {
                None => Phase::Done(None),
                Some(fast2) => {
                    let slow2 = next[slow].expect("slow trails fast");
                    if slow2 == fast2 {
                        if stop_at_meet {
                            Phase::Done(Some(Cycle { entry: slow2, len: 0 }))
                        } else {
                            Phase::Align { from_head: h, from_meet: slow2 }
                        }
                    } else {
                        Phase::Chase { slow: slow2, fast: fast2 }
                    }
                }
            },
            Phase::Align { from_head, from_meet } if from_head == from_meet => {
                Phase::Count { entry: from_head, at: next[from_head].unwrap(), len: 1 }
            }
            Phase::Align { from_head, from_meet } => Phase::Align {
                from_head: next[from_head].unwrap(),
                from_meet: next[from_meet].unwrap(),
            },
            Phase::Count { entry, at, len } if at == entry => Phase::Done(Some(Cycle { entry, len })),
            Phase::Count { entry, at, len } => Phase::Count { entry, at: next[at].unwrap(), len: len + 1 },
            Phase::Done(result) => return result,
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    run(next, head, true).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    run(next, head, false)
}

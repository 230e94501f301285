// learner: optimal
// idiom: a small Walker struct with impl methods, Floyd with while-let
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

struct Walker<'a> {
    table: &'a [Option<usize>],
}

impl<'a> Walker<'a> {
    fn succ(&self, at: usize) -> Option<usize> {
        self.table[at]
    }

    fn twice(&self, at: usize) -> Option<usize> {
        self.succ(at).and_then(|m| self.succ(m))
    }

    fn meet(&self, head: usize) -> Option<usize> {
        let (mut t, mut h) = (head, head);
        while let Some(h2) = self.twice(h) {
            h = h2;
            t = self.succ(t).expect("tortoise trails the hare");
            if t == h {
                return Some(t);
            }
        }
        None
    }

    fn cycle_from(&self, head: usize, meet: usize) -> Cycle {
        let (mut p, mut q) = (head, meet);
        while p != q {
            p = self.succ(p).unwrap();
            q = self.succ(q).unwrap();
        }
        let mut len = 0;
        let mut r = p;
        loop {
            r = self.succ(r).unwrap();
            len += 1;
            if r == p {
                break;
            }
        }
        Cycle { entry: p, len }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => Walker { table: next }.meet(h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let w = Walker { table: next };
    let m = w.meet(h)?;
    Some(w.cycle_from(h, m))
}

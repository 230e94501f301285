// learner: optimal
// idiom: C#-style class: a Walker struct with Advance() methods, Floyd with if-heavy early returns, explicit lap counter loop
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

struct Walker<'a> {
    table: &'a [Option<usize>],
    at: usize,
}

impl<'a> Walker<'a> {
    fn new(table: &'a [Option<usize>], at: usize) -> Self {
        Walker { table, at }
    }

    fn advance(&mut self) -> bool {
        match self.table[self.at] {
            Some(n) => {
                self.at = n;
                true
            }
            None => false,
        }
    }
}

fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let start = head?;
    let mut slow = Walker::new(next, start);
    let mut fast = Walker::new(next, start);
    loop {
        if !fast.advance() {
            return None;
        }
        if !fast.advance() {
            return None;
        }
        slow.advance();
        if slow.at == fast.at {
            return Some(slow.at);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meeting = meet(next, head)?;
    let mut a = Walker::new(next, head?);
    let mut b = Walker::new(next, meeting);
    while a.at != b.at {
        a.advance();
        b.advance();
    }
    let entry = a.at;
    let mut lap = Walker::new(next, entry);
    let mut len = 0;
    loop {
        lap.advance();
        len += 1;
        if lap.at == entry {
            break;
        }
    }
    Some(Cycle { entry, len })
}

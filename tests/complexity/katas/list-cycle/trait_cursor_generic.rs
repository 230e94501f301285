// learner: optimal
// idiom: trait Successor implemented for the table, a generic Cursor<'a, S> struct with advance()/advance_twice() methods returning bool, Floyd written against the trait, ? on Option throughout
//! Cycle detection in a successor table with O(1) extra space.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

trait Successor {
    fn after(&self, node: usize) -> Option<usize>;
}

impl Successor for [Option<usize>] {
    fn after(&self, node: usize) -> Option<usize> {
        self[node]
    }
}

struct Cursor<'a, S: Successor + ?Sized> {
    graph: &'a S,
    at: usize,
}

impl<'a, S: Successor + ?Sized> Cursor<'a, S> {
    fn new(graph: &'a S, at: usize) -> Self {
        Cursor { graph, at }
    }

    fn advance(&mut self) -> bool {
        match self.graph.after(self.at) {
            Some(n) => {
                self.at = n;
                true
            }
            None => false,
        }
    }

    fn advance_twice(&mut self) -> bool {
        self.advance() && self.advance()
    }
}

fn meeting_point<S: Successor + ?Sized>(graph: &S, head: usize) -> Option<usize> {
    let mut tortoise = Cursor::new(graph, head);
    let mut hare = Cursor::new(graph, head);
    while hare.advance_twice() {
        tortoise.advance();
        if tortoise.at == hare.at {
            return Some(hare.at);
        }
    }
    None
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meeting_point(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let meet = meeting_point(next, h)?;
    let mut from_head = Cursor::new(next, h);
    let mut from_meet = Cursor::new(next, meet);
    while from_head.at != from_meet.at {
        from_head.advance();
        from_meet.advance();
    }
    let entry = from_head.at;
    let mut lap = Cursor::new(next, entry);
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

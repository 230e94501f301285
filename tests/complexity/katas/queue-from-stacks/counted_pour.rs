// learner: optimal
// idiom: index-heavy: counted transfer loop over the inbox length, explicit emptiness branches, peek through first()/last() with length checks
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

/// Moves all m = src.len() elements from src onto dst (reversing their order); O(m).
fn pour<T>(src: &mut Vec<T>, dst: &mut Vec<T>) {
    let m = src.len();
    let mut moved = 0usize;
    while moved < m {
        let x = src.pop().expect("0 <= moved < m elements remain");
        dst.push(x);
        moved += 1;
    }
    debug_assert!(src.is_empty());
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.len() == 0 {
            if self.inbox.len() == 0 {
                return None;
            }
            pour(&mut self.inbox, &mut self.outbox);
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.outbox.len() > 0 {
            self.outbox.last()
        } else if self.inbox.len() > 0 {
            self.inbox.first()
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        let a = self.inbox.len();
        let b = self.outbox.len();
        a + b
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

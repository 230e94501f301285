// learner: optimal
// idiom: Lua-style: explicit size counter kept in the struct, if/else chains, while loop that moves items with a manual count
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    size: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new(), size: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
        self.size = self.size + 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.size == 0 {
            return None;
        }
        if self.outbox.len() == 0 {
            let mut moved = self.inbox.len();
            while moved > 0 {
                let item = self.inbox.pop().unwrap();
                self.outbox.push(item);
                moved = moved - 1;
            }
        }
        self.size = self.size - 1;
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.size == 0 {
            None
        } else if self.outbox.len() > 0 {
            self.outbox.last()
        } else {
            self.inbox.first()
        }
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

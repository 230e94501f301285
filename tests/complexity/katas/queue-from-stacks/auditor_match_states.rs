// learner: optimal
// idiom: defensive auditor: match on (outbox.pop(), inbox.is_empty()) states, loop-based transfer with explicit exit, is_empty via len
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    back_stack: Vec<T>,
    front_stack: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { back_stack: Vec::new(), front_stack: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back_stack.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front_stack.pop() {
            Some(oldest) => Some(oldest),
            None if self.back_stack.is_empty() => None,
            None => {
                loop {
                    match self.back_stack.pop() {
                        Some(item) => self.front_stack.push(item),
                        None => break,
                    }
                }
                self.front_stack.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(front) = self.front_stack.last() {
            return Some(front);
        }
        self.back_stack.first()
    }

    pub fn len(&self) -> usize {
        self.front_stack.len().saturating_add(self.back_stack.len())
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

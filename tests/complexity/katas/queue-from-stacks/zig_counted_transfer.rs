// learner: optimal
// idiom: Zig-style: explicit count field, loop+match transfer, defensive debug_asserts on the invariant
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
    count: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { back: Vec::with_capacity(16), front: Vec::with_capacity(16), count: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value);
        self.count += 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.count == 0 {
            return None;
        }
        if self.front.len() == 0 {
            loop {
                match self.back.pop() {
                    Some(item) => self.front.push(item),
                    None => break,
                }
            }
        }
        debug_assert!(self.front.len() > 0);
        let out = self.front.pop();
        if out.is_some() {
            self.count -= 1;
        }
        debug_assert_eq!(self.count, self.front.len() + self.back.len());
        out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.count == 0 {
            return None;
        }
        if self.front.len() > 0 {
            return self.front.last();
        }
        self.back.first()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

// learner: optimal
// idiom: Objective-C macOS veteran: a small Stack<T> class wrapping Vec with push/pop/top/bottom methods (like an NSMutableArray category), the queue composed of two Stack objects, std::mem::swap-free explicit transfer loop
//! A queue made of two stacks: see README.md.

/// A plain LIFO stack.
struct Stack<T> {
    storage: Vec<T>,
}

impl<T> Stack<T> {
    fn empty() -> Self {
        Stack { storage: Vec::new() }
    }

    fn push(&mut self, object: T) {
        self.storage.push(object);
    }

    fn pop(&mut self) -> Option<T> {
        self.storage.pop()
    }

    fn top(&self) -> Option<&T> {
        self.storage.last()
    }

    fn bottom(&self) -> Option<&T> {
        self.storage.first()
    }

    fn count(&self) -> usize {
        self.storage.len()
    }

    fn isEmpty(&self) -> bool {
        self.storage.is_empty()
    }
}

/// A FIFO queue built from two stacks.
pub struct TwoStackQueue<T> {
    arrivals: Stack<T>,
    departures: Stack<T>,
}

#[allow(non_snake_case)]
impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { arrivals: Stack::empty(), departures: Stack::empty() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.arrivals.push(value);
    }

    fn moveArrivalsToDepartures(&mut self) {
        loop {
            match self.arrivals.pop() {
                Some(object) => self.departures.push(object),
                None => break,
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.departures.isEmpty() {
            self.moveArrivalsToDepartures();
        }
        self.departures.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.departures.isEmpty() {
            self.arrivals.bottom()
        } else {
            self.departures.top()
        }
    }

    pub fn len(&self) -> usize {
        self.arrivals.count() + self.departures.count()
    }

    pub fn is_empty(&self) -> bool {
        self.arrivals.isEmpty() && self.departures.isEmpty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

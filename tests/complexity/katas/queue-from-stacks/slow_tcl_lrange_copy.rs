// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: Tcl `lrange $q 1 end` habit, the remaining items are copied into a fresh inbox on every dequeue
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.is_empty() {
            return None;
        }
        // like: set head [lindex $q 0]; set q [lrange $q 1 end]
        let mut all = std::mem::take(&mut self.inbox).into_iter();
        let head = all.next();
        self.inbox = all.collect();
        head
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
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

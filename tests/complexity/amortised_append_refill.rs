// Refill the out-stack by draining the in-stack reversed: amortised O(1).
// expect Pipe::take: time O(1), space O(1)
// expect Pipe::peek: time O(1), space O(1)
// target Pipe::take: time O(1), space O(1)
// target Pipe::peek: time O(1), space O(1)
pub struct Pipe {
    incoming: Vec<String>,
    outgoing: Vec<String>,
}
impl Pipe {
    fn refill(&mut self) {
        if self.outgoing.is_empty() {
            self.outgoing.extend(self.incoming.drain(..).rev());
        }
    }
    pub fn take(&mut self) -> Option<String> {
        self.refill();
        self.outgoing.pop()
    }
    pub fn peek(&mut self) -> Option<&String> {
        if self.outgoing.is_empty() {
            while let Some(x) = self.incoming.pop() {
                self.outgoing.push(x);
            }
        }
        self.outgoing.last()
    }
}

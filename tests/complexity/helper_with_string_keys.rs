// A free helper called from a method with the method's message string: in
// the method, strings are keys (n is the structure's size), and so they are
// in the helper it calls. Delivering to s subscribers is O(s).
// expect Hub::publish: time O(n), space O(1)
// target Hub::publish: time O(n), space O(1)
use std::collections::HashMap;

fn deliver(outboxes: &mut HashMap<u32, Vec<String>>, ids: &[u32], msg: &str) -> usize {
    let mut sent = 0;
    for id in ids {
        if let Some(out) = outboxes.get_mut(id) {
            out.push(msg.to_string());
            sent += 1;
        }
    }
    sent
}

pub struct Hub {
    outboxes: HashMap<u32, Vec<String>>,
    topics: HashMap<String, Vec<u32>>,
}

impl Hub {
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.topics.get(topic) {
            Some(ids) => deliver(&mut self.outboxes, ids, msg),
            None => 0,
        }
    }
}

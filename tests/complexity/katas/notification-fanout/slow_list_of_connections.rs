// learner: slow
// why: Hub::publish is O(connections x topics) time, target O(s): every publish walks every connection and its topic list
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    // (id, topics, outbox) per live connection, in id order
    conns: Vec<(ConnId, Vec<String>, Vec<String>)>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn index_of(&self, conn: ConnId) -> Option<usize> {
        // ids are pushed in increasing order, so binary search works
        let mut lo = 0;
        let mut hi = self.conns.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.conns[mid].0 == conn {
                return Some(mid);
            } else if self.conns[mid].0 < conn {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return None;
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push((id, Vec::new(), Vec::new()));
        return id;
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        return self.index_of(conn).is_some();
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.index_of(conn) {
            Some(i) => i,
            None => return false,
        };
        let topics = &mut self.conns[i].1;
        let mut j = 0;
        while j < topics.len() {
            if topics[j] == topic {
                return false;
            }
            j += 1;
        }
        topics.push(topic.to_string());
        return true;
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.index_of(conn) {
            Some(i) => i,
            None => return false,
        };
        let topics = &mut self.conns[i].1;
        let mut j = 0;
        while j < topics.len() {
            if topics[j] == topic {
                topics.swap_remove(j);
                return true;
            }
            j += 1;
        }
        return false;
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.index_of(conn) {
            Some(i) => {
                self.conns.remove(i);
                return true;
            }
            None => return false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut count = 0;
        for (_, topics, outbox) in self.conns.iter_mut() {
            for t in topics.iter() {
                if t == topic {
                    outbox.push(msg.to_string());
                    count += 1;
                    break;
                }
            }
        }
        return count;
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.index_of(conn) {
            Some(i) => return std::mem::take(&mut self.conns[i].2),
            None => return Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut result = Vec::new();
        for (id, topics, _) in &self.conns {
            if topics.iter().any(|t| t == topic) {
                result.push(*id);
            }
        }
        return result;
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&String> = Vec::new();
        for (_, topics, _) in &self.conns {
            for t in topics {
                if !seen.contains(&t) {
                    seen.push(t);
                }
            }
        }
        return seen.len();
    }
}

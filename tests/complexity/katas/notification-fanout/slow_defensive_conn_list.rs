// learner: slow
// why: Hub::publish is O(connections x topics) time, target O(s): a defensive list of connections, each asked whether it follows the topic
use std::mem;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Conn {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Conn>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&self, conn: ConnId) -> Option<usize> {
        // ids are handed out in increasing order, so the list stays sorted by id
        match self.conns.binary_search_by_key(&conn, |c| c.id) {
            Ok(i) => Some(i),
            Err(_) => None,
        }
    }

    fn follows(c: &Conn, topic: &str) -> bool {
        for t in c.topics.iter() {
            if t.as_str() == topic {
                return true;
            }
        }
        false
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Conn { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.slot(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.slot(conn) {
            Some(i) => i,
            None => return false,
        };
        if Self::follows(&self.conns[i], topic) {
            return false;
        }
        self.conns[i].topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.slot(conn) {
            Some(i) => i,
            None => return false,
        };
        let topics = &mut self.conns[i].topics;
        let mut k = 0;
        while k < topics.len() {
            if topics[k] == topic {
                topics.swap_remove(k);
                return true;
            }
            k += 1;
        }
        false
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.slot(conn) {
            Some(i) => {
                self.conns.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for c in self.conns.iter_mut() {
            if Self::follows(c, topic) {
                c.outbox.push(msg.to_string());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot(conn) {
            Some(i) => mem::take(&mut self.conns[i].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out = Vec::new();
        for c in self.conns.iter() {
            if Self::follows(c, topic) {
                out.push(c.id);
            }
        }
        out
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in self.conns.iter() {
            for t in c.topics.iter() {
                if !seen.contains(&t.as_str()) {
                    seen.push(t.as_str());
                }
            }
        }
        seen.len()
    }
}

// learner: slow
// why: Hub::publish is O(connections x topics) time, target O(s): walks every connection's topic array instead of a topic -> subscribers index
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug)]
struct Conn {
    id: ConnId,
    live: bool,
    topics: Vec<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    table: Vec<Conn>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.table.push(Conn { id, live: true, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        (conn as usize) < self.table.len() && self.table[conn as usize].live
    }

    fn has_topic(c: &Conn, topic: &str) -> Option<usize> {
        let mut j = 0;
        while j < c.topics.len() {
            if c.topics[j] == topic {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = &mut self.table[conn as usize];
        if Self::has_topic(c, topic).is_some() {
            return false;
        }
        c.topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = &mut self.table[conn as usize];
        match Self::has_topic(c, topic) {
            Some(j) => {
                c.topics.swap_remove(j);
                true
            }
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if !self.is_connected(conn) {
            return false;
        }
        let c = &mut self.table[conn as usize];
        c.live = false;
        c.topics = Vec::new();
        c.outbox = Vec::new();
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut hits = 0;
        for i in 0..self.table.len() {
            if !self.table[i].live {
                continue;
            }
            if Self::has_topic(&self.table[i], topic).is_some() {
                self.table[i].outbox.push(msg.to_string());
                hits += 1;
            }
        }
        hits
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        if !self.is_connected(conn) {
            return Vec::new();
        }
        std::mem::take(&mut self.table[conn as usize].outbox)
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v = Vec::new();
        for c in &self.table {
            if c.live && Self::has_topic(c, topic).is_some() {
                v.push(c.id);
            }
        }
        v
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in &self.table {
            for t in &c.topics {
                if c.live && !seen.contains(&t.as_str()) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}

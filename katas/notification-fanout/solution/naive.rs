//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug)]
struct Conn {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    conns: Vec<Conn>,
    next_id: ConnId,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&mut self, conn: ConnId) -> Option<&mut Conn> {
        self.conns.iter_mut().find(|c| c.id == conn)
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Conn { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.iter().any(|c| c.id == conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(c) if !c.topics.iter().any(|t| t == topic) => {
                c.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(c) => match c.topics.iter().position(|t| t == topic) {
                Some(i) => {
                    c.topics.remove(i);
                    true
                }
                None => false,
            },
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.conns.iter().position(|c| c.id == conn) {
            Some(i) => {
                self.conns.remove(i);
                true
            }
            None => false,
        }
    }

    /// Scans every connection and its topic list.
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for c in &mut self.conns {
            if c.topics.iter().any(|t| t == topic) {
                c.outbox.push(msg.to_string());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find(conn) {
            Some(c) => std::mem::take(&mut c.outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.conns.iter().filter(|c| c.topics.iter().any(|t| t == topic)).map(|c| c.id).collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&String> = Vec::new();
        for c in &self.conns {
            for t in &c.topics {
                if !seen.contains(&t) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}

// learner: slow
// idiom: elixir: a list of %Conn{id, topics, outbox} structs, publish does Enum.filter over every connection
// why: misses O(s) publish / O(1) subscribe / O(t) disconnect: publish scans all connections and their topic lists, subscribe/disconnect search the whole connection list
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
    next_id: ConnId,
    conns: Vec<Conn>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Conn { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    fn find(&mut self, conn: ConnId) -> Option<&mut Conn> {
        self.conns.iter_mut().find(|c| c.id == conn)
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
            Some(c) => {
                let before = c.topics.len();
                c.topics.retain(|t| t != topic);
                c.topics.len() != before
            }
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let before = self.conns.len();
        self.conns.retain(|c| c.id != conn);
        self.conns.len() != before
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut count = 0;
        for c in self.conns.iter_mut() {
            if c.topics.iter().any(|t| t == topic) {
                c.outbox.push(msg.to_string());
                count += 1;
            }
        }
        count
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.find(conn).map(|c| std::mem::take(&mut c.outbox)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        // connections are kept in id order already
        self.conns
            .iter()
            .filter(|c| c.topics.iter().any(|t| t == topic))
            .map(|c| c.id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut all: Vec<&String> = self.conns.iter().flat_map(|c| c.topics.iter()).collect();
        all.sort();
        all.dedup();
        all.len()
    }
}

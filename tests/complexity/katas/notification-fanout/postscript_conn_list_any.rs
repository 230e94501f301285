// learner: slow
// idiom: PostScript: one array of connection records, each with its own topic array; publish asks every connection whether it follows the topic (`forall` over everything)
// why: publish scans all connections and their topic lists: O(connections * topics) per publish instead of O(s); subscribe/disconnect also search the array by id
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Record>,
}

#[derive(Debug)]
struct Record {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

impl Record {
    fn follows(&self, topic: &str) -> bool {
        self.topics.iter().any(|t| t == topic)
    }
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, conn: ConnId) -> Option<usize> {
        self.conns.iter().position(|c| c.id == conn)
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Record { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.find(conn).is_some()
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(i) if !self.conns[i].follows(topic) => {
                self.conns[i].topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if let Some(i) = self.find(conn) {
            let before = self.conns[i].topics.len();
            self.conns[i].topics.retain(|t| t != topic);
            return self.conns[i].topics.len() != before;
        }
        false
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.find(conn) {
            Some(i) => {
                self.conns.remove(i);
                true
            }
            None => false,
        }
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for c in self.conns.iter_mut() {
            if c.follows(topic) {
                c.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find(conn) {
            Some(i) => std::mem::take(&mut self.conns[i].outbox),
            None => Vec::new(),
        }
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = Vec::new();
        for c in self.conns.iter() {
            if c.follows(topic) {
                ids.push(c.id);
            }
        }
        ids
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in self.conns.iter() {
            for t in c.topics.iter() {
                if !seen.contains(&t.as_str()) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}

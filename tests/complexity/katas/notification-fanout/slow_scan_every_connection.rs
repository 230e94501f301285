// learner: slow
// why: Hub::publish is O(connections × topics) time, target O(s): the natural first design, a list of connections each with its topic list, scanned on every publish
pub type ConnId = u64;

#[derive(Debug)]
struct Connection {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: Vec<Connection>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.push(Connection { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    fn slot(&self, conn: ConnId) -> Option<usize> {
        // ids are pushed in increasing order, so binary search finds them
        self.connections.binary_search_by_key(&conn, |c| c.id).ok()
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.slot(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.slot(conn) {
            Some(i) => {
                let c = &mut self.connections[i];
                if c.topics.iter().any(|t| t.as_str() == topic) {
                    false
                } else {
                    c.topics.push(topic.to_string());
                    true
                }
            }
            None => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if let Some(i) = self.slot(conn) {
            let c = &mut self.connections[i];
            let before = c.topics.len();
            c.topics.retain(|t| t.as_str() != topic);
            return c.topics.len() != before;
        }
        false
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.slot(conn) {
            Some(i) => {
                self.connections.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for c in self.connections.iter_mut() {
            if c.topics.iter().any(|t| t == topic) {
                c.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot(conn) {
            Some(i) => std::mem::take(&mut self.connections[i].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.connections
            .iter()
            .filter(|c| c.topics.iter().any(|t| t == topic))
            .map(|c| c.id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in &self.connections {
            for t in &c.topics {
                if !seen.contains(&t.as_str()) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}

// learner: slow
// why: Hub::publish is O(connections x topics) time, target O(s): each connection keeps its topic list and publish asks all of them
pub type ConnId = u64;

#[derive(Debug)]
struct Connection {
    id: ConnId,
    topics: Vec<String>,
    inbox: Vec<String>,
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

    fn index_of(&self, conn: ConnId) -> Option<usize> {
        // ids are handed out in increasing order, so the Vec is sorted by id
        self.connections.binary_search_by_key(&conn, |c| c.id).ok()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.push(Connection { id, topics: Vec::new(), inbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.index_of(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.index_of(conn) {
            Some(i) if !self.connections[i].topics.iter().any(|t| t == topic) => {
                self.connections[i].topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(i) = self.index_of(conn) else { return false };
        let topics = &mut self.connections[i].topics;
        let before = topics.len();
        topics.retain(|t| t != topic);
        topics.len() != before
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.index_of(conn) {
            Some(i) => {
                self.connections.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        self.connections
            .iter_mut()
            .filter(|c| c.topics.iter().any(|t| t == topic))
            .map(|c| c.inbox.push(msg.to_string()))
            .count()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.index_of(conn) {
            Some(i) => std::mem::take(&mut self.connections[i].inbox),
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
        let mut names: Vec<&String> = self.connections.iter().flat_map(|c| c.topics.iter()).collect();
        names.sort();
        names.dedup();
        names.len()
    }
}

// learner: optimal
// idiom: Dart/Flutter-turned-Rust: topics interned to small integer ids (a registry with a free list, like a Flutter widget-key pool), per-topic HashSet slots in a Vec, connections as a HashMap of "session" structs holding topic ids; messages shared as Rc<String>
//! Topic fan-out for a real-time notification server: see README.md.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

type TopicId = usize;

#[derive(Debug, Default)]
struct TopicSlot {
    name: String,
    members: HashSet<ConnId>,
}

#[derive(Debug, Default)]
struct Session {
    topicIds: HashSet<TopicId>,
    pending: Vec<Rc<String>>,
}

/// Who listens to what, and what each connection still has to send.
#[allow(non_snake_case)]
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    sessions: HashMap<ConnId, Session>,
    topicIdByName: HashMap<String, TopicId>,
    slots: Vec<TopicSlot>,
    freeSlots: Vec<TopicId>,
}

#[allow(non_snake_case)]
impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.sessions.insert(id, Session::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.sessions.contains_key(&conn)
    }

    fn _internTopic(&mut self, topic: &str) -> TopicId {
        if let Some(&id) = self.topicIdByName.get(topic) {
            return id;
        }
        let slot = TopicSlot { name: topic.to_owned(), members: HashSet::new() };
        let id = match self.freeSlots.pop() {
            Some(reused) => {
                self.slots[reused] = slot;
                reused
            }
            None => {
                self.slots.push(slot);
                self.slots.len() - 1
            }
        };
        self.topicIdByName.insert(topic.to_owned(), id);
        id
    }

    fn _leaveTopic(&mut self, topicId: TopicId, conn: ConnId) {
        let slot = &mut self.slots[topicId];
        slot.members.remove(&conn);
        if slot.members.is_empty() {
            let name = std::mem::take(&mut slot.name);
            self.topicIdByName.remove(&name);
            self.freeSlots.push(topicId);
        }
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if !self.sessions.contains_key(&conn) {
            return false;
        }
        if let Some(&id) = self.topicIdByName.get(topic) {
            if self.slots[id].members.contains(&conn) {
                return false;
            }
        }
        let topicId = self._internTopic(topic);
        self.slots[topicId].members.insert(conn);
        self.sessions.get_mut(&conn).unwrap().topicIds.insert(topicId);
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(&topicId) = self.topicIdByName.get(topic) else {
            return false;
        };
        let removed = self.sessions.get_mut(&conn).is_some_and(|s| s.topicIds.remove(&topicId));
        if removed {
            self._leaveTopic(topicId, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let Some(session) = self.sessions.remove(&conn) else {
            return false;
        };
        for topicId in session.topicIds {
            self._leaveTopic(topicId, conn);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let Some(&topicId) = self.topicIdByName.get(topic) else {
            return 0;
        };
        let message = Rc::new(msg.to_owned());
        let members = &self.slots[topicId].members;
        for conn in members {
            if let Some(session) = self.sessions.get_mut(conn) {
                session.pending.push(Rc::clone(&message));
            }
        }
        members.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.sessions.get_mut(&conn) {
            Some(session) => session.pending.drain(..).map(|m| m.as_ref().clone()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = match self.topicIdByName.get(topic) {
            Some(&id) => self.slots[id].members.iter().copied().collect(),
            None => Vec::new(),
        };
        ids.sort();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.topicIdByName.len()
    }
}

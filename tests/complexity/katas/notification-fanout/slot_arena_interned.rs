// learner: optimal
// idiom: senior: Vec<Option<Slot>> indexed by ConnId, interned topics (TopicId newtype) with a free list, VecDeque outboxes, exhaustive matches
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct TopicId(usize);

#[derive(Debug)]
struct TopicEntry {
    name: Rc<str>,
    listeners: HashSet<ConnId>,
}

#[derive(Debug, Default)]
struct Slot {
    follows: HashSet<TopicId>,
    pending: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    slots: Vec<Option<Slot>>,
    by_name: HashMap<Rc<str>, TopicId>,
    topics: Vec<Option<TopicEntry>>,
    free_topics: Vec<TopicId>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.slots.push(Some(Slot::default()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.slot(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if self.slot(conn).is_none() {
            return false;
        }
        let tid = self.intern(topic);
        let fresh = match self.slot_mut(conn) {
            Some(slot) => slot.follows.insert(tid),
            None => false,
        };
        if fresh {
            if let Some(entry) = self.topics[tid.0].as_mut() {
                entry.listeners.insert(conn);
            }
        } else {
            self.release_if_unused(tid);
        }
        fresh
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let tid = match self.by_name.get(topic) {
            Some(&tid) => tid,
            None => return false,
        };
        let removed = match self.slot_mut(conn) {
            Some(slot) => slot.follows.remove(&tid),
            None => false,
        };
        if removed {
            self.detach(tid, conn);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let taken = match usize::try_from(conn).ok().and_then(|i| self.slots.get_mut(i)) {
            Some(cell) => cell.take(),
            None => None,
        };
        match taken {
            Some(slot) => {
                for tid in slot.follows {
                    self.detach(tid, conn);
                }
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let tid = match self.by_name.get(topic) {
            Some(&tid) => tid,
            None => return 0,
        };
        let entry = match &self.topics[tid.0] {
            Some(entry) => entry,
            None => return 0,
        };
        let payload: Rc<str> = msg.into();
        let mut delivered = 0;
        for &conn in &entry.listeners {
            if let Some(Some(slot)) = self.slots.get_mut(conn as usize) {
                slot.pending.push_back(Rc::clone(&payload));
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.slot_mut(conn) {
            Some(slot) => slot.pending.drain(..).map(|m| String::from(&*m)).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out: Vec<ConnId> = match self.by_name.get(topic) {
            Some(tid) => self.topics[tid.0]
                .as_ref()
                .map(|e| e.listeners.iter().copied().collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        out.sort_unstable();
        out
    }

    pub fn topic_count(&self) -> usize {
        self.by_name.len()
    }

    fn slot(&self, conn: ConnId) -> Option<&Slot> {
        self.slots.get(usize::try_from(conn).ok()?)?.as_ref()
    }

    fn slot_mut(&mut self, conn: ConnId) -> Option<&mut Slot> {
        self.slots.get_mut(usize::try_from(conn).ok()?)?.as_mut()
    }

    fn intern(&mut self, topic: &str) -> TopicId {
        if let Some(&tid) = self.by_name.get(topic) {
            return tid;
        }
        let name: Rc<str> = topic.into();
        let entry = TopicEntry { name: Rc::clone(&name), listeners: HashSet::new() };
        let tid = match self.free_topics.pop() {
            Some(tid) => {
                self.topics[tid.0] = Some(entry);
                tid
            }
            None => {
                self.topics.push(Some(entry));
                TopicId(self.topics.len() - 1)
            }
        };
        self.by_name.insert(name, tid);
        tid
    }

    fn detach(&mut self, tid: TopicId, conn: ConnId) {
        if let Some(entry) = self.topics[tid.0].as_mut() {
            entry.listeners.remove(&conn);
        }
        self.release_if_unused(tid);
    }

    fn release_if_unused(&mut self, tid: TopicId) {
        let unused = matches!(&self.topics[tid.0], Some(e) if e.listeners.is_empty());
        if unused {
            if let Some(entry) = self.topics[tid.0].take() {
                self.by_name.remove(&entry.name);
                self.free_topics.push(tid);
            }
        }
    }
}

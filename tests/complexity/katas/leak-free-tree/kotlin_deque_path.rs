// learner: optimal
// idiom: Kotlin-ish: Option<Weak> parent (nullable), let-else loop up the chain into a VecDeque with push_front, drain-based teardown
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, up: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, up, kids: vec![] }))
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = self.kids.drain(..).collect();
        loop {
            let Some(next) = work.pop() else { break };
            match Rc::try_unwrap(next) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    work.extend(inner.kids.drain(..));
                }
                Err(_still_shared) => { /* someone else holds it: they keep the subtree */ }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    Node::fresh(value, Some(Rc::downgrade(parent))).also(|child| {
        parent.borrow_mut().kids.push(child.clone());
    })
}

/// Kotlin's `also { }`: run a side effect and hand the value back.
trait Also: Sized {
    fn also(self, f: impl FnOnce(&Self)) -> Self {
        f(&self);
        self
    }
}
impl<X> Also for X {}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut cur = Rc::clone(node);
    loop {
        path.push_front(cur.borrow().value.clone());
        let Some(up) = parent(&cur) else { break };
        cur = up;
    }
    path.into_iter().collect()
}

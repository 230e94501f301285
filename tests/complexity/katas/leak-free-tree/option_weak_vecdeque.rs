// learner: optimal
// idiom: Option<Weak> parent (None for roots), impl block on Node with private helpers, VecDeque push_front for the path, Rc::into_inner in Drop
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
        Rc::new(RefCell::new(Node { value, up, kids: Vec::new() }))
    }

    fn up(&self) -> Option<NodeRef<T>> {
        self.up.as_ref().and_then(Weak::upgrade)
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.kids);
        loop {
            let Some(next) = stack.pop() else { break };
            if let Some(cell) = Rc::into_inner(next) {
                let mut inner = cell.into_inner();
                stack.extend(inner.kids.drain(..));
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::fresh(value, Some(Rc::downgrade(parent)));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut at = node.clone();
    loop {
        path.push_front(at.borrow().value.clone());
        let next = at.borrow().up();
        match next {
            Some(p) => at = p,
            None => break,
        }
    }
    path.into()
}

// learner: optimal
// idiom: impl-block helpers on Node (fresh/ancestor), children in RefCell-free Vec, manual reverse by index swap, Drop with while-let and if-let
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    child_list: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent_link: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent_link, child_list: Vec::new() }))
    }

    fn ancestor(&self) -> Option<NodeRef<T>> {
        self.parent_link.upgrade()
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut todo = mem::take(&mut self.child_list);
        while let Some(next) = todo.pop() {
            if let Ok(inner) = Rc::try_unwrap(next) {
                let mut owned = inner.into_inner();
                let grandkids = mem::take(&mut owned.child_list);
                todo.extend(grandkids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().child_list.push(Rc::clone(&node));
    node
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().ancestor()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let guard = node.borrow();
    let mut out = Vec::with_capacity(guard.child_list.len());
    for c in guard.child_list.iter() {
        out.push(Rc::clone(c));
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = Vec::new();
    let mut cursor = Some(Rc::clone(node));
    while let Some(n) = cursor {
        let b = n.borrow();
        values.push(b.value.clone());
        cursor = b.ancestor();
    }
    let len = values.len();
    for i in 0..len / 2 {
        values.swap(i, len - 1 - i);
    }
    values
}

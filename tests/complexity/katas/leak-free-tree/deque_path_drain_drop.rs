// learner: optimal
// idiom: a ReScript web developer: path built with `VecDeque::push_front` (like list cons) and converted once; Drop checks `strong_count == 1` and drains the children out of the RefCell instead of unwrapping
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Some(Rc::downgrade(parent)),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut cursor = Some(node.clone());
    while let Some(n) = cursor {
        path.push_front(n.borrow().value.clone());
        cursor = parent(&n);
    }
    path.into()
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.children);
        while let Some(node) = pending.pop() {
            if Rc::strong_count(&node) == 1 {
                // we hold the last handle: empty it so its drop below does not recurse
                pending.extend(node.borrow_mut().children.drain(..));
            }
        }
    }
}

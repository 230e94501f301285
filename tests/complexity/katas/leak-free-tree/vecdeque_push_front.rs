// learner: optimal
// idiom: path built with VecDeque::push_front (O(1) at the front, unlike Vec::insert(0, ..)) then turned into a Vec: O(d)
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;
pub type WeakNodeRef<T> = Weak<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<WeakNodeRef<T>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(child) = pending.pop() {
            if Rc::strong_count(&child) == 1 {
                let grandchildren = std::mem::take(&mut child.borrow_mut().children);
                pending.extend(grandchildren);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = new_node(value);
    child.borrow_mut().parent = Some(Rc::downgrade(parent));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(|w| w.upgrade())
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        path.push_front(n.borrow().value.clone());
        cur = parent(&n);
    }
    Vec::from(path)
}

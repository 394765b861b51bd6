#pragma once

namespace postino {

// The first element of `list` whose `member` equals `key`, or null: the lookup by id, key or value that
// the catalog, the alert channels and the findings all make in their short lists.
template <typename List, typename Element, typename Field, typename Key>
const Element* findBy(const List& list, Field Element::*member, const Key& key)
{
    for (const Element& element : list) {
        if (element.*member == key) {
            return &element;
        }
    }
    return nullptr;
}

} // namespace postino

package dev.rollscope.model.analysis;

import java.util.List;

/** One inequality of domain.md §9 (or a group of closely related ones), evaluated on a topology and scenario. */
interface Check {

    void evaluate(CheckContext ctx, List<Finding> out);
}
